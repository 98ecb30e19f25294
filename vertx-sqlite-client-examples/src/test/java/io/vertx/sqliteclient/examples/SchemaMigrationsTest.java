package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;
import static io.vertx.sqliteclient.examples.Await.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up recipe on a file that the previous release left at version 1 with rows in it: the next release
 * adds a column (V2); a broken release adds a column, then fails (V2, then V3 with a syntax error).
 */
class SchemaMigrationsTest {

  private Vertx vertx;
  private Path db;

  @BeforeEach
  void previousReleaseWithRows() throws Exception {
    vertx = Vertx.vertx();
    db = Files.createDirectories(Path.of("target", "migrations")).resolve("startup.db");
    Files.deleteIfExists(db);
    Flyway.configure().dataSource(SchemaMigrations.jdbcUrl(db.toString()), null, null)
      .locations(SchemaMigrations.DEFAULT_LOCATION).target("1").load().migrate();
    sql("INSERT INTO note (text) VALUES ('first'), ('second')");
  }

  @AfterEach
  void close() throws Exception {
    await(vertx.close());
  }

  @Test
  void addsAColumnToATableWithRowsAndThePoolSeesIt() throws Exception {
    Pool pool = await(SchemaMigrations.migrateThenOpen(vertx, db.toString()));

    RowSet<Row> rows = await(pool.query("SELECT id, text, pinned FROM note ORDER BY id").execute());
    List<String> seen = new ArrayList<>();
    rows.forEach(r -> seen.add(r.getLong("id") + ":" + r.getString("text") + ":" + r.getInteger("pinned")));
    assertEquals(List.of("1:first:0", "2:second:0"), seen, "rows kept, the new column at its default");
    assertEquals(List.of("1:1", "2:1"), history());
  }

  @Test
  void failedMigrationFailsTheStartAndLeavesTheFileAsItWas() throws Exception {
    List<String> schemaBefore = schema();
    Future<Pool> start = SchemaMigrations.migrateThenOpen(vertx, db.toString(),
      SchemaMigrations.DEFAULT_LOCATION, "classpath:db/broken");

    Throwable failure = failure(start);
    assertInstanceOf(FlywayException.class, failure);
    String message = failure.getMessage();
    assertTrue(message.contains("V3__add_colour_then_fail.sql") && message.contains("syntax error"),
      "names the script and SQLite's error: " + message);

    // V3's ALTER ran before its syntax error, V2's ALTER before V3: SQLite rolled both back with the transaction
    assertEquals(schemaBefore, schema(), "no column, no table, no history row added");
    assertEquals(List.of("1:1"), history(), "no row for V2, none for the failed V3");
    assertEquals(List.of("first", "second"), texts());
  }

  /** Every table and column, read over plain JDBC: the failed start opened no pool. */
  private List<String> schema() throws Exception {
    return query("SELECT m.name || '.' || c.name FROM sqlite_schema m, pragma_table_info(m.name) c"
      + " WHERE m.type = 'table' ORDER BY m.name, c.cid");
  }

  private List<String> history() throws Exception {
    return query("SELECT version || ':' || success FROM flyway_schema_history ORDER BY installed_rank");
  }

  private List<String> texts() throws Exception {
    return query("SELECT text FROM note ORDER BY id");
  }

  private List<String> query(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private void sql(String sql) throws Exception {
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = conn.createStatement()) {
      st.execute(sql);
    }
  }
}
