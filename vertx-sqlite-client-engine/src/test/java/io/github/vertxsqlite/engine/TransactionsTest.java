package io.github.vertxsqlite.engine;

import static io.github.vertxsqlite.engine.EngineTestSupport.exec;
import static io.github.vertxsqlite.engine.EngineTestSupport.failure;
import static io.github.vertxsqlite.engine.EngineTestSupport.future;
import static io.github.vertxsqlite.engine.EngineTestSupport.newDatabase;
import static io.github.vertxsqlite.engine.EngineTestSupport.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transactions on the engine: a deferred BEGIN, and the writer gate held for exactly a transaction's duration. */
class TransactionsTest {

  private static final Object[] NONE = new Object[0];
  private SqliteEngine a;
  private SqliteEngine b;

  @BeforeEach
  void openTwoConnectionsToOneFile() throws Exception {
    String database = newDatabase();
    a = open(database);
    b = open(database);
    exec(a, "CREATE TABLE t (v INTEGER)", NONE).get(5, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    future(a::close).get(5, TimeUnit.SECONDS);
    future(b::close).get(5, TimeUnit.SECONDS);
  }

  private static ConnectionState state(SqliteEngine engine) throws Exception {
    return EngineTestSupport.<ConnectionState>future(engine::state).get(5, TimeUnit.SECONDS);
  }

  /** A write on {@code b} that must wait for {@code a}'s transaction: not done after a while, done once it ends. */
  private static CompletableFuture<QueryResult> waitingWrite(SqliteEngine b) throws Exception {
    CompletableFuture<QueryResult> write = exec(b, "INSERT INTO t VALUES (2)", NONE);
    Thread.sleep(150);
    assertFalse(write.isDone(), "the other connection wrote while a transaction held the writer gate");
    return write;
  }

  @Test
  void aDeferredBeginRunsWithTheNextStatementAndHoldsTheGate() throws Exception {
    a.beginWithNextCommand();
    exec(a, "INSERT INTO t VALUES (1)", NONE).get(5, TimeUnit.SECONDS);
    assertTrue(state(a).inTransaction());
    CompletableFuture<QueryResult> write = waitingWrite(b);
    future(a::commit).get(5, TimeUnit.SECONDS);
    assertEquals(1, write.get(5, TimeUnit.SECONDS).updatedCount());
    assertFalse(state(a).inTransaction());
  }

  @Test
  void committingOrRollingBackBeforeAnyStatementDoesNothing() throws Exception {
    a.beginWithNextCommand();
    future(a::commit).get(5, TimeUnit.SECONDS);
    a.beginWithNextCommand();
    future(a::rollback).get(5, TimeUnit.SECONDS);
    assertFalse(state(a).inTransaction());
    exec(b, "INSERT INTO t VALUES (2)", NONE).get(1, TimeUnit.SECONDS); // no gate left behind
  }

  @Test
  void aDeferredBeginThatFailsFailsTheNextStatement() throws Exception {
    exec(a, "BEGIN", NONE).get(5, TimeUnit.SECONDS); // a transaction SQLite already has open
    a.beginWithNextCommand();
    SqliteError e = failure(exec(a, "INSERT INTO t VALUES (1)", NONE));
    assertTrue(e.getMessage().contains("within a transaction"), e.getMessage());
    future(a::rollback).get(5, TimeUnit.SECONDS);
    assertFalse(state(a).inTransaction());
  }

  /**
   * The kind of a text is judged again after this connection's own DDL: once a temp table shadows {@code t}, the
   * same INSERT writes only this connection's temp schema and needs no gate (the other connection holds it).
   */
  @Test
  void aTextJudgedBeforeATempTableShadowedItsTableIsJudgedAgain() throws Exception {
    exec(a, "INSERT INTO t VALUES (1)", NONE).get(5, TimeUnit.SECONDS); // judged a write of the file, by keyword
    exec(a, "CREATE TEMP TABLE t (v INTEGER)", NONE).get(5, TimeUnit.SECONDS);
    future(b::begin).get(5, TimeUnit.SECONDS);
    exec(b, "INSERT INTO t VALUES (2)", NONE).get(5, TimeUnit.SECONDS); // b holds the gate
    try {
      exec(a, "INSERT INTO t VALUES (1)", NONE).get(2, TimeUnit.SECONDS); // the temp table: no gate to wait for
      assertEquals(1L, exec(a, "SELECT count(*) FROM temp.t", NONE).get(5, TimeUnit.SECONDS).rows().get(0)[0]);
    } finally {
      future(b::rollback).get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void theGateIsReleasedAfterRollback() throws Exception {
    future(a::begin).get(5, TimeUnit.SECONDS);
    exec(a, "INSERT INTO t VALUES (1)", NONE).get(5, TimeUnit.SECONDS);
    CompletableFuture<QueryResult> write = waitingWrite(b);
    future(a::rollback).get(5, TimeUnit.SECONDS);
    write.get(5, TimeUnit.SECONDS);
    assertEquals(1L, exec(a, "SELECT count(*) FROM t", NONE).get(5, TimeUnit.SECONDS).rows().get(0)[0]);
  }

  @Test
  void aFailedCommitKeepsTheTransactionAndItsGateUntilRollback() throws Exception {
    exec(a, "CREATE TABLE parent (id INTEGER PRIMARY KEY)", NONE).get(5, TimeUnit.SECONDS);
    exec(a, "CREATE TABLE child (p INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)", NONE).get(5, TimeUnit.SECONDS);
    future(a::begin).get(5, TimeUnit.SECONDS);
    exec(a, "INSERT INTO child VALUES (42)", NONE).get(5, TimeUnit.SECONDS);
    SqliteError commit = failure(future(a::commit));
    assertEquals("SQLITE_CONSTRAINT_FOREIGNKEY", commit.codeName());
    assertTrue(state(a).inTransaction(), "SQLite keeps a transaction whose COMMIT failed a deferred constraint");
    CompletableFuture<QueryResult> write = waitingWrite(b);
    future(a::rollback).get(5, TimeUnit.SECONDS);
    write.get(5, TimeUnit.SECONDS);
  }

  @Test
  void theGateIsReleasedWhenAWritingCursorEnds() throws Exception {
    exec(a, "INSERT INTO t VALUES (1), (2), (3)", NONE).get(5, TimeUnit.SECONDS);
    QueryResult first = EngineTestSupport.<QueryResult>future(cb -> a.fetch("c", "UPDATE t SET v = v + 10 RETURNING v", NONE, 1, cb))
      .get(5, TimeUnit.SECONDS);
    assertTrue(first.suspended());
    CompletableFuture<QueryResult> write = waitingWrite(b);
    EngineTestSupport.<Void>future(cb -> a.closeCursor("c", cb)).get(5, TimeUnit.SECONDS);
    write.get(5, TimeUnit.SECONDS);
  }

  @Test
  void theGateIsReleasedWhenTheConnectionCloses() throws Exception {
    future(a::begin).get(5, TimeUnit.SECONDS);
    exec(a, "INSERT INTO t VALUES (1)", NONE).get(5, TimeUnit.SECONDS);
    CompletableFuture<QueryResult> write = waitingWrite(b);
    future(a::close).get(5, TimeUnit.SECONDS);
    write.get(5, TimeUnit.SECONDS);
  }
}
