package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input fails with a typed error carrying SQLite's codes, and the pool keeps serving. */
class ErrorsTest extends VertxPerTest {

  private Pool pool;
  private String database;

  @BeforeEach
  void open() {
    database = SqliteTestSupport.newDatabase();
    pool = SqliteTestSupport.pool(vertx, database, 2);
    await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)").execute());
  }

  private SqliteException fails(io.vertx.core.Future<?> future) {
    Throwable t = awaitFailure(future);
    SqliteException e = assertInstanceOf(SqliteException.class, t);
    assertInstanceOf(DatabaseException.class, e);
    // the pool still serves a valid query afterwards
    assertEquals(1L, await(pool.query("SELECT 1").execute()).iterator().next().getValue(0));
    return e;
  }

  @Test
  void syntaxError() {
    SqliteException e = fails(pool.query("SELEC 1").execute());
    assertEquals(1, e.getPrimaryCode());
    assertEquals("SQLITE_ERROR", e.getCodeName());
    assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
  }

  @Test
  void missingTableNamesIt() {
    SqliteException e = fails(pool.preparedQuery("SELECT * FROM nowhere").execute());
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  @Test
  void constraintViolationsCarryExtendedCodes() {
    await(pool.query("INSERT INTO t VALUES (1, 'a')").execute());
    SqliteException pk = fails(pool.query("INSERT INTO t VALUES (1, 'b')").execute());
    assertEquals(19, pk.getPrimaryCode());
    assertEquals(1555, pk.getExtendedCode());
    assertEquals("SQLITE_CONSTRAINT_PRIMARYKEY", pk.getCodeName());
    SqliteException unique = fails(pool.preparedQuery("INSERT INTO t VALUES (?, ?)").execute(Tuple.of(2, "a")));
    assertEquals(2067, unique.getExtendedCode());
    SqliteException notNull = fails(pool.preparedQuery("INSERT INTO t VALUES (?, ?)").execute(Tuple.tuple().addInteger(3).addValue(null)));
    assertEquals(1299, notNull.getExtendedCode());
  }

  @Test
  void wrongParameterCount() {
    SqliteException e = fails(pool.preparedQuery("SELECT ?, ?").execute(Tuple.of(1)));
    assertEquals(25, e.getPrimaryCode());
    assertTrue(e.getMessage().contains("expected number of parameters = [2]"), e.getMessage());
  }

  @Test
  void severalStatementsInAPreparedQueryAreRefused() {
    SqliteException e = fails(pool.preparedQuery("INSERT INTO t VALUES (5, 'x'); INSERT INTO t VALUES (6, 'y')").execute());
    assertEquals("SQLITE_MISUSE", e.getCodeName());
    assertEquals(0L, await(pool.query("SELECT count(*) FROM t").execute()).iterator().next().getValue(0));
  }

  @Test
  void aFailingBatchLeavesNothingBehind() {
    SqliteException e = fails(pool.preparedQuery("INSERT INTO t VALUES (?, ?)").executeBatch(List.of(
      Tuple.of(10, "p"), Tuple.of(11, "q"), Tuple.of(12, "p"))));
    assertEquals(2067, e.getExtendedCode());
    assertEquals(0L, await(pool.query("SELECT count(*) FROM t").execute()).iterator().next().getValue(0));
    // the statement that failed runs again, batched and alone
    await(pool.preparedQuery("INSERT INTO t VALUES (?, ?)").executeBatch(List.of(Tuple.of(10, "p"), Tuple.of(11, "q"))));
    await(pool.preparedQuery("INSERT INTO t VALUES (?, ?)").execute(Tuple.of(12, "r")));
    assertEquals(3L, await(pool.query("SELECT count(*) FROM t").execute()).iterator().next().getValue(0));
  }

  @Test
  void scriptFailureNamesTheStatement() {
    SqliteException e = fails(pool.query("INSERT INTO t VALUES (20, 'm'); INSERT INTO t VALUES (20, 'n'); SELECT 1").execute());
    assertTrue(e.getMessage().contains("Statement 2 of 3"), e.getMessage());
    assertEquals(1555, e.getExtendedCode());
  }

  @Test
  void readOnlyModeRefusesWrites() {
    Pool ro = SqliteBuilder.pool().connectingTo(SqliteTestSupport.options(database).setOpenMode(SqliteOpenMode.READ_ONLY)).using(vertx).build();
    SqliteException e = assertInstanceOf(SqliteException.class, awaitFailure(ro.query("INSERT INTO t VALUES (1, 'z')").execute()));
    assertEquals(8, e.getPrimaryCode());
    assertEquals(0L, await(ro.query("SELECT count(*) FROM t").execute()).iterator().next().getValue(0));
  }

  @Test
  void missingDirectoryAndNonDatabaseFiles() throws Exception {
    SqliteException missing = assertInstanceOf(SqliteException.class,
      awaitFailure(SqliteConnection.connect(vertx, SqliteTestSupport.options("target/no/such/dir/x.db"))));
    assertEquals(14, missing.getPrimaryCode());
    SqliteException absent = assertInstanceOf(SqliteException.class, awaitFailure(SqliteConnection.connect(vertx,
      SqliteTestSupport.options("target/absent-" + System.nanoTime() + ".db").setOpenMode(SqliteOpenMode.READ_WRITE))));
    assertEquals(14, absent.getPrimaryCode());

    Path text = Files.createTempFile(Path.of("target"), "not-a-db", ".db");
    Files.writeString(text, "this is not an SQLite database, just some text that is long enough to have a header");
    // the connection's pragmas read the header, so a non-database fails at connect
    SqliteException notADb = assertInstanceOf(SqliteException.class,
      awaitFailure(SqliteConnection.connect(vertx, SqliteTestSupport.options(text.toString()))));
    assertEquals(26, notADb.getPrimaryCode());
    assertEquals("SQLITE_NOTADB", notADb.getCodeName());
  }

  @Test
  void useAfterClose() {
    SqliteConnection conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(database)));
    await(conn.close());
    assertInstanceOf(ClosedConnectionException.class, awaitFailure(conn.query("SELECT 1").execute()));
  }

  @Test
  void emptyBatchAndEmptyText() {
    fails(pool.preparedQuery("SELECT 1").executeBatch(List.of()));
    fails(pool.preparedQuery("   -- nothing").execute());
    assertEquals(0, await(pool.query("  ;; ").execute()).size());
  }
}
