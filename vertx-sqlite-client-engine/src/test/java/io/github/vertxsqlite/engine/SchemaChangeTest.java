package io.github.vertxsqlite.engine;

import static io.github.vertxsqlite.engine.EngineTestSupport.exec;
import static io.github.vertxsqlite.engine.EngineTestSupport.failure;
import static io.github.vertxsqlite.engine.EngineTestSupport.future;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A schema changed by another connection (a migration in another process) is seen at once by statements this
 * connection has compiled and cached: names, declared types and values by the new names.
 */
class SchemaChangeTest {

  private static List<String> names(QueryResult r) {
    return r.columns().stream().map(ColumnInfo::name).toList();
  }

  private static List<String> types(QueryResult r) {
    return r.columns().stream().map(ColumnInfo::declaredType).toList();
  }

  private static QueryResult run(SqliteEngine engine, String sql, Object... params) throws Exception {
    return exec(engine, sql, params).get(10, TimeUnit.SECONDS);
  }

  private static void elsewhere(String database, String... ddl) throws Exception {
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = other.createStatement()) {
      for (String sql : ddl) {
        s.execute(sql);
      }
    }
  }

  /** An engine on a new file with {@code t (a INTEGER, b TEXT)} holding (1, 'one'), described once. */
  private static SqliteEngine withTable(String db) throws Exception {
    SqliteEngine engine = EngineTestSupport.open(db);
    run(engine, "CREATE TABLE t (a INTEGER, b TEXT)");
    run(engine, "INSERT INTO t VALUES (1, 'one')");
    assertEquals(List.of("a", "b"), names(run(engine, "SELECT * FROM t WHERE a = ?", 1)));
    return engine;
  }

  @Test
  void cachedStatementsSeeAColumnRenamedByAnotherConnection() throws Exception {
    String db = EngineTestSupport.newDatabase();
    SqliteEngine engine = withTable(db);
    assertEquals(List.of("a", "b"), names(run(engine, "SELECT * FROM t")));
    assertEquals(List.of("a", "b"), names(run(engine, "SELECT * FROM t WHERE a = ?", 1)));
    assertEquals(List.of("a", "b"), names(run(engine, "SELECT * FROM t WHERE a = ?", 2)));

    elsewhere(db, "ALTER TABLE t RENAME COLUMN b TO c");

    assertEquals(List.of("a", "c"), names(run(engine, "SELECT * FROM t")));
    QueryResult one = run(engine, "SELECT * FROM t WHERE a = ?", 1);
    assertEquals(List.of("a", "c"), names(one));
    assertArrayEquals(new Object[] {1L, "one"}, one.rows().get(0));
    assertEquals(List.of("a", "c"), names(run(engine, "SELECT * FROM t WHERE a = ?", 2)), "no row: still described as it is now");
    engine.close((v, e) -> { });
  }

  @Test
  void aColumnReplacedWithTheSameCountGivesNewNamesAndTypes() throws Exception {
    String db = EngineTestSupport.newDatabase();
    SqliteEngine engine = withTable(db);
    assertEquals(List.of("INTEGER", "TEXT"), types(run(engine, "SELECT * FROM t WHERE a = ?", 1)));

    elsewhere(db, "ALTER TABLE t DROP COLUMN b", "ALTER TABLE t ADD COLUMN d REAL", "UPDATE t SET d = 2.5");

    QueryResult r = run(engine, "SELECT * FROM t WHERE a = ?", 1);
    assertEquals(List.of("a", "d"), names(r));
    assertEquals(List.of("INTEGER", "REAL"), types(r));
    assertEquals(SqliteToJava.valueType("REAL"), r.columns().get(1).type());
    assertEquals(2.5, r.rows().get(0)[1]);
    engine.close((v, e) -> { });
  }

  @Test
  void aPinnedStatementIsDescribedAsTheSchemaIsNow() throws Exception {
    String db = EngineTestSupport.newDatabase();
    SqliteEngine engine = withTable(db);
    StatementInfo before = future((Callback<StatementInfo> cb) -> engine.prepare("SELECT * FROM t", true, cb)).get(10, TimeUnit.SECONDS);
    assertEquals("b", before.columns().get(1).name());

    elsewhere(db, "ALTER TABLE t RENAME COLUMN b TO c");

    StatementInfo after = future((Callback<StatementInfo> cb) -> engine.prepare("SELECT * FROM t", true, cb)).get(10, TimeUnit.SECONDS);
    assertEquals("c", after.columns().get(1).name());
    assertEquals(List.of("a", "c"), names(run(engine, "SELECT * FROM t")));
    engine.close((v, e) -> { });
  }

  @Test
  void aColumnThatIsGoneGivesSqlitesError() throws Exception {
    String db = EngineTestSupport.newDatabase();
    SqliteEngine engine = EngineTestSupport.open(db);
    run(engine, "CREATE TABLE t (a INTEGER, b TEXT)");
    run(engine, "SELECT b FROM t WHERE a = ?", 1);

    elsewhere(db, "ALTER TABLE t DROP COLUMN b");

    SqliteError e = failure(exec(engine, "SELECT b FROM t WHERE a = ?", new Object[] {1}));
    assertEquals("SQLITE_ERROR", e.codeName());
    assertTrue(e.getMessage().contains("no such column: b"), e.getMessage());
    engine.close((v, e2) -> { });
  }

  @Test
  void ownChangesToTheTempSchemaAreSeenToo() throws Exception {
    SqliteEngine engine = withTable(EngineTestSupport.newDatabase());
    run(engine, "CREATE TEMP TABLE t (x TEXT, y TEXT)"); // shadows main.t; main's cookie does not move
    run(engine, "INSERT INTO temp.t VALUES ('1', 'shadow')");
    QueryResult r = run(engine, "SELECT * FROM t WHERE x = ?", "1");
    assertEquals(List.of("x", "y"), names(r));
    assertEquals(List.of("x", "y"), names(run(engine, "SELECT * FROM t")));
    engine.close((v, e) -> { });
  }

  @Test
  void aSchemaChangeRolledBackIsSeenToo() throws Exception {
    SqliteEngine engine = withTable(EngineTestSupport.newDatabase());
    run(engine, "BEGIN");
    run(engine, "ALTER TABLE t RENAME COLUMN b TO c");
    assertEquals(List.of("a", "c"), names(run(engine, "SELECT * FROM t WHERE a = ?", 1)));
    run(engine, "ROLLBACK");
    assertEquals(List.of("a", "b"), names(run(engine, "SELECT * FROM t WHERE a = ?", 1)));
    engine.close((v, e) -> { });
  }
}
