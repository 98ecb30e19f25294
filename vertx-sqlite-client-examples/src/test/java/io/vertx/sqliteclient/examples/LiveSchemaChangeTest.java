package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A migration run by another connection while the pool is open (a rolling change on a live file): statements the
 * pool compiled before the ALTER are recompiled by SQLite on their next run, and {@code SELECT *} then returns the
 * new column too.
 */
class LiveSchemaChangeTest {

  private static final String SELECT_ALL = "SELECT * FROM note ORDER BY id";

  private Vertx vertx;
  private Path db;
  private Pool pool;

  @BeforeEach
  void poolOnVersion1WithRows() throws Exception {
    vertx = Vertx.vertx();
    db = Files.createDirectories(Path.of("target", "migrations")).resolve("live.db");
    Files.deleteIfExists(db);
    flyway("1").migrate();                    // the release before: note (id, text)
    pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(1))  // one connection: the second run must hit the same statement cache
      .connectingTo(new SqliteConnectOptions().setDatabase(db.toString()))
      .using(vertx)
      .build();
    await(pool.query("INSERT INTO note (text) VALUES ('first'), ('second')").execute());
  }

  @AfterEach
  void close() throws Exception {
    await(vertx.close());
  }

  @Test
  void cachedStatementOfTheConnectionSeesTheAddedColumn() throws Exception {
    SqlConnection conn = await(pool.getConnection());
    assertEquals(List.of("id", "text"), columns(await(conn.preparedQuery(SELECT_ALL).execute())));

    flyway("2").migrate();                    // ALTER TABLE note ADD COLUMN pinned ... on Flyway's own connection

    RowSet<Row> after = await(conn.preparedQuery(SELECT_ALL).execute());
    assertEquals(List.of("id", "text", "pinned"), columns(after));
    assertEquals(List.of("first:0", "second:0"), values(after));
    await(conn.close());
  }

  @Test
  void oneShotQueryOfThePoolSeesTheAddedColumn() throws Exception {
    assertEquals(List.of("id", "text"), columns(await(pool.preparedQuery(SELECT_ALL).execute())));

    flyway("2").migrate();

    RowSet<Row> after = await(pool.preparedQuery(SELECT_ALL).execute());
    assertEquals(List.of("id", "text", "pinned"), columns(after));
    assertEquals(List.of("first:0", "second:0"), values(after));
  }

  @Test
  void preparedStatementHeldOpenSeesTheAddedColumn() throws Exception {
    SqlConnection conn = await(pool.getConnection());
    PreparedStatement ps = await(conn.prepare(SELECT_ALL));     // stays compiled until closed
    assertEquals(List.of("id", "text"), columns(await(ps.query().execute())));

    flyway("2").migrate();

    RowSet<Row> after = await(ps.query().execute());
    assertEquals(List.of("id", "text", "pinned"), columns(after));
    assertEquals(List.of("first:0", "second:0"), values(after));
    await(ps.close());
    await(conn.close());
  }

  private Flyway flyway(String target) {
    return Flyway.configure().dataSource(SchemaMigrations.jdbcUrl(db.toString()), null, null)
      .locations(SchemaMigrations.DEFAULT_LOCATION).target(target).load();
  }

  private static List<String> columns(RowSet<Row> rows) {
    return rows.columnsNames();
  }

  private static List<String> values(RowSet<Row> rows) {
    List<String> values = new ArrayList<>();
    for (Row row : rows) {
      values.add(row.getString("text") + ":" + row.getInteger("pinned"));
    }
    return values;
  }
}
