package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A migration run by another connection (another instance, Flyway in another JVM, the sqlite3 shell) changes a
 * table under a running pool: every route describes the table as it is now, on every pooled connection.
 */
class SchemaChangeTest extends VertxPerTest {

  private static void elsewhere(String database, String... ddl) throws Exception {
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = other.createStatement()) {
      for (String sql : ddl) {
        s.execute(sql);
      }
    }
  }

  /** Every route of the issue, by name; each runs its query once before the change and once after. */
  private Map<String, Supplier<Future<RowSet<Row>>>> routes(Pool pool, SqlConnection held, PreparedStatement preparedBefore) {
    Map<String, Supplier<Future<RowSet<Row>>>> routes = new LinkedHashMap<>();
    routes.put("pool.query", () -> pool.query("SELECT * FROM t").execute());
    routes.put("pool.preparedQuery", () -> pool.preparedQuery("SELECT * FROM t WHERE a = ?").execute(Tuple.of(1)));
    routes.put("withConnection preparedQuery", () -> pool.withConnection(c -> c.preparedQuery("SELECT * FROM t").execute()));
    routes.put("held preparedQuery", () -> held.preparedQuery("SELECT * FROM t WHERE a = ?").execute(Tuple.of(1)));
    routes.put("prepared before the change", () -> preparedBefore.query().execute(Tuple.of(1)));
    routes.put("withTransaction", () -> pool.withTransaction(c -> c.preparedQuery("SELECT * FROM t WHERE a = ?").execute(Tuple.of(1))));
    routes.put("cursor", () -> held.prepare("SELECT * FROM t WHERE a >= ?")
      .compose(ps -> ps.cursor(Tuple.of(0)).read(10)));
    return routes;
  }

  private void everyRouteSees(Map<String, Supplier<Future<RowSet<Row>>>> routes, List<String> names, String lastType,
                              Object lastValue) {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Supplier<Future<RowSet<Row>>>> route : routes.entrySet()) {
      // several times each: a pool of 4 serves them from different connections
      for (int i = 0; i < 4; i++) {
        RowSet<Row> rows = await(route.getValue().get());
        Row row = rows.iterator().next();
        String last = names.get(names.size() - 1);
        String seen = rows.columnsNames() + " " + rows.columnDescriptors().get(1).typeName() + " "
          + (rows.columnsNames().contains(last) ? row.getValue(last) : "(no " + last + ")");
        String wanted = names + " " + lastType + " " + lastValue;
        if (!seen.equals(wanted)) {
          wrong.add(route.getKey() + ": " + seen + " instead of " + wanted);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyRouteSeesAColumnRenamedByAnotherConnection() throws Exception {
    String database = SqliteTestSupport.newDatabase();
    Pool pool = SqliteTestSupport.pool(vertx, database, 4);
    await(pool.query("CREATE TABLE t (a INTEGER, b TEXT)").execute());
    await(pool.query("INSERT INTO t VALUES (1, 'one')").execute());
    SqlConnection held = await(pool.getConnection());
    PreparedStatement preparedBefore = await(held.prepare("SELECT * FROM t WHERE a = ?"));
    Map<String, Supplier<Future<RowSet<Row>>>> routes = routes(pool, held, preparedBefore);
    everyRouteSees(routes, List.of("a", "b"), "TEXT", "one");

    elsewhere(database, "ALTER TABLE t RENAME COLUMN b TO c");
    everyRouteSees(routes, List.of("a", "c"), "TEXT", "one");
    assertEquals("c", await(((SqliteConnection) held).columns("t")).get(1).getName());

    elsewhere(database, "ALTER TABLE t DROP COLUMN c", "ALTER TABLE t ADD COLUMN d REAL", "UPDATE t SET d = 2.5");
    everyRouteSees(routes, List.of("a", "d"), "REAL", 2.5);
    assertEquals("REAL", await(((SqliteConnection) held).columns("t")).get(1).getDeclaredType());
    await(held.close());
  }

  @Test
  void aColumnThatIsGoneGivesSqlitesTypedError() throws Exception {
    String database = SqliteTestSupport.newDatabase();
    Pool pool = SqliteTestSupport.pool(vertx, database, 2);
    await(pool.query("CREATE TABLE t (a INTEGER, b TEXT)").execute());
    await(pool.preparedQuery("SELECT b FROM t WHERE a = ?").execute(Tuple.of(1)));

    elsewhere(database, "ALTER TABLE t DROP COLUMN b");

    Throwable failure = awaitFailure(pool.preparedQuery("SELECT b FROM t WHERE a = ?").execute(Tuple.of(1)));
    assertTrue(failure instanceof SqliteException, String.valueOf(failure));
    assertEquals("SQLITE_ERROR", ((SqliteException) failure).getCodeName());
    assertTrue(failure.getMessage().contains("no such column: b"), failure.getMessage());
  }
}
