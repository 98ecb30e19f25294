package io.github.vertxsqlite.engine;

import static io.github.vertxsqlite.engine.EngineTestSupport.exec;
import static io.github.vertxsqlite.engine.EngineTestSupport.failure;
import static io.github.vertxsqlite.engine.EngineTestSupport.future;
import static io.github.vertxsqlite.engine.EngineTestSupport.newDatabase;
import static io.github.vertxsqlite.engine.EngineTestSupport.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link SqliteEngine#runTransaction}: caller's work run inside one transaction on the engine thread. */
class EngineTransactionTest {

  private static final Object[] NONE = new Object[0];
  private String database;
  private SqliteEngine a;
  private SqliteEngine b;

  @BeforeEach
  void openTwoConnectionsToOneFile() throws Exception {
    database = newDatabase();
    a = open(database);
    b = open(database);
    exec(a, "CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))", NONE).get(5, TimeUnit.SECONDS);
    exec(a, "INSERT INTO account VALUES (1, 100), (2, 0)", NONE).get(5, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    future(a::close).get(5, TimeUnit.SECONDS);
    future(b::close).get(5, TimeUnit.SECONDS);
  }

  private static <T> CompletableFuture<T> transaction(SqliteEngine engine, TransactionWork<T> work) {
    return future(cb -> engine.runTransaction(work, cb));
  }

  private static void transfer(TransactionScope tx, long amount) throws SqliteError {
    tx.execute("UPDATE account SET balance = balance - ? WHERE id = 1", amount);
    tx.execute("UPDATE account SET balance = balance + ? WHERE id = 2", amount);
  }

  private long balance(SqliteEngine engine, int id) throws Exception {
    return (Long) exec(engine, "SELECT balance FROM account WHERE id = ?", new Object[] {id}).get(5, TimeUnit.SECONDS).rows().get(0)[0];
  }

  private boolean inTransaction(SqliteEngine engine) throws Exception {
    return EngineTestSupport.<ConnectionState>future(engine::state).get(5, TimeUnit.SECONDS).inTransaction();
  }

  @Test
  void theWorkCommitsAndItsResultCompletesTheCall() throws Exception {
    long after = transaction(a, tx -> {
      long before = (Long) tx.execute("SELECT balance FROM account WHERE id = ?", 1).rows().get(0)[0];
      transfer(tx, 30);
      return before - 30;
    }).get(5, TimeUnit.SECONDS);
    assertEquals(70, after);
    assertEquals(70, balance(b, 1), "another connection sees the commit");
    assertEquals(30, balance(b, 2));
    assertFalse(inTransaction(a));
  }

  @Test
  void aThrowingWorkRollsBackAndFailsWithItsOwnException() throws Exception {
    IllegalStateException thrown = new IllegalStateException("not today");
    CompletableFuture<Object> call = transaction(a, tx -> {
      transfer(tx, 30);
      throw thrown;
    });
    ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
    assertSame(thrown, e.getCause());
    assertEquals(100, balance(b, 1));
    assertFalse(inTransaction(a));
    exec(b, "UPDATE account SET balance = 1 WHERE id = 2", NONE).get(1, TimeUnit.SECONDS); // the gate is free
  }

  @Test
  void aStatementFailureTheWorkDoesNotCatchRollsBackWithSqlitesCodes() throws Exception {
    SqliteError e = failure(transaction(a, tx -> {
      transfer(tx, 30);
      transfer(tx, 500); // the CHECK fails on the second
      return null;
    }));
    assertEquals("SQLITE_CONSTRAINT_CHECK", e.codeName());
    assertEquals(19, e.primaryCode());
    assertEquals(100, balance(b, 1), "the first transfer was rolled back with the rest");
  }

  @Test
  void aStatementFailureTheWorkCatchesLeavesTheTransactionToCommit() throws Exception {
    transaction(a, tx -> {
      transfer(tx, 30);
      assertThrows(SqliteError.class, () -> tx.execute("INSERT INTO account VALUES (1, 5)"));
      return null;
    }).get(5, TimeUnit.SECONDS);
    assertEquals(70, balance(b, 1));
  }

  @Test
  void afterSqliteRolledTheTransactionBackNoStatementOfTheWorkRunsOrCommits() throws Exception {
    exec(a, "CREATE TABLE log (v INTEGER PRIMARY KEY)", NONE).get(5, TimeUnit.SECONDS);
    exec(a, "INSERT INTO log VALUES (1)", NONE).get(5, TimeUnit.SECONDS);
    AtomicReference<SqliteError> later = new AtomicReference<>();
    SqliteError e = failure(transaction(a, tx -> {
      transfer(tx, 30);
      assertThrows(SqliteError.class, () -> tx.execute("INSERT OR ROLLBACK INTO log VALUES (1)")); // SQLite rolls back
      later.set(assertThrows(SqliteError.class, () -> tx.execute("INSERT INTO log VALUES (2)")));
      return null;
    }));
    assertEquals("SQLITE_ABORT_ROLLBACK", later.get().codeName());
    assertEquals("SQLITE_ABORT_ROLLBACK", e.codeName());
    assertEquals(100, balance(b, 1), "the transfer before was rolled back");
    assertEquals(1L, exec(b, "SELECT count(*) FROM log", NONE).get(5, TimeUnit.SECONDS).rows().get(0)[0],
      "no statement after the rollback ran on its own");
  }

  @Test
  void aResetAskedInsideAWorkIsRefusedAndLeavesTheConnectionUsable() throws Exception {
    AtomicReference<Throwable> refused = new AtomicReference<>();
    transaction(a, tx -> {
      a.reset((v, err) -> refused.set(err));
      return null;
    }).get(5, TimeUnit.SECONDS);
    assertEquals("SQLITE_MISUSE", ((SqliteError) refused.get()).codeName());
    Thread.sleep(SqliteEngine.CLOSE_GRACE_MILLIS * 2); // past the grace a reset asked then would have had
    assertEquals(1L, exec(a, "SELECT 1", NONE).get(5, TimeUnit.SECONDS).rows().get(0)[0]);
  }

  @Test
  void theGateIsHeldFromBeginToEndAndNoLonger() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    CompletableFuture<Object> call = transaction(a, tx -> {
      transfer(tx, 1);
      inside.countDown();
      assertTrue(finish.await(10, TimeUnit.SECONDS));
      return null;
    });
    assertTrue(inside.await(5, TimeUnit.SECONDS));
    CompletableFuture<QueryResult> write = exec(b, "UPDATE account SET balance = 7 WHERE id = 2", NONE);
    Thread.sleep(150);
    assertFalse(write.isDone(), "another connection wrote while the engine transaction held the writer gate");
    finish.countDown();
    call.get(5, TimeUnit.SECONDS);
    write.get(5, TimeUnit.SECONDS);
    assertEquals(7, balance(a, 2));
  }

  @Test
  void batchesAndSavepointsRunInside() throws Exception {
    exec(a, "CREATE TABLE log (v INTEGER)", NONE).get(5, TimeUnit.SECONDS);
    transaction(a, tx -> {
      assertEquals(3, tx.executeBatch("INSERT INTO log VALUES (?)", List.of(new Object[] {1}, new Object[] {2}, new Object[] {3})).size());
      tx.execute("SAVEPOINT s");
      tx.execute("INSERT INTO log VALUES (4)");
      tx.execute("ROLLBACK TO s");
      tx.execute("RELEASE s");
      return null;
    }).get(5, TimeUnit.SECONDS);
    assertEquals(3L, exec(b, "SELECT count(*) FROM log", NONE).get(5, TimeUnit.SECONDS).rows().get(0)[0]);
  }

  @Test
  void transactionControlInsideIsRefused() throws Exception {
    for (String sql : List.of("COMMIT", "  end transaction", "/* c */ ROLLBACK", "BEGIN")) {
      SqliteError e = failure(transaction(a, tx -> tx.execute(sql)));
      assertEquals("SQLITE_MISUSE", e.codeName(), sql);
      assertTrue(e.getMessage().contains("SAVEPOINT"), e.getMessage());
    }
    assertEquals(100, balance(b, 1));
  }

  @Test
  void theAsynchronousApiFailsAtOnceInsideInsteadOfWaitingForever() throws Exception {
    AtomicReference<Throwable> sameEngine = new AtomicReference<>();
    AtomicReference<Throwable> otherEngine = new AtomicReference<>();
    transaction(a, tx -> {
      // both complete before the work goes on: a wait on them returns at once
      exec(a, "SELECT 1", NONE).whenComplete((r, e) -> sameEngine.set(e)).get(1, TimeUnit.SECONDS);
      return null;
    }).handle((r, e) -> null).get(5, TimeUnit.SECONDS);
    transaction(a, tx -> exec(b, "SELECT 1", NONE).whenComplete((r, e) -> otherEngine.set(e)).handle((r, e) -> r).get(1, TimeUnit.SECONDS))
      .get(5, TimeUnit.SECONDS);
    for (Throwable e : List.of(sameEngine.get(), otherEngine.get())) {
      assertEquals("SQLITE_MISUSE", ((SqliteError) e).codeName());
      assertTrue(e.getMessage().contains("asynchronous"), e.getMessage());
    }
    assertEquals(1L, exec(a, "SELECT 1", NONE).get(5, TimeUnit.SECONDS).rows().get(0)[0], "allowed again once the work returned");
  }

  @Test
  void aTransactionUsedAfterItsWorkReturnedIsRefused() throws Exception {
    TransactionScope leaked = transaction(a, tx -> tx).get(5, TimeUnit.SECONDS);
    SqliteError e = assertThrows(SqliteError.class, () -> leaked.execute("SELECT 1"));
    assertEquals("SQLITE_MISUSE", e.codeName());
  }

  @Test
  void itCannotStartInsideAnOpenTransaction() throws Exception {
    future(a::begin).get(5, TimeUnit.SECONDS);
    SqliteError e = failure(transaction(a, tx -> null));
    assertEquals("SQLITE_MISUSE", e.codeName());
    assertTrue(inTransaction(a), "the open transaction is the caller's, left as it was");
    future(a::rollback).get(5, TimeUnit.SECONDS);
  }

  @Test
  void theQueryTimeoutInterruptsAWaitingWorkAndALongStatement() throws Exception {
    SqliteEngine timed = open(new EngineOptions().database(database).queryTimeoutMillis(300));
    try {
      SqliteError waiting = failure(transaction(timed, tx -> {
        transfer(tx, 10);
        new CountDownLatch(1).await(); // ended by the timeout's interrupt
        return null;
      }));
      assertEquals("SQLITE_INTERRUPT", waiting.codeName());
      assertTrue(waiting.getMessage().contains("timed out"), waiting.getMessage());
      SqliteError running = failure(transaction(timed, tx -> tx.execute(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")));
      assertEquals("SQLITE_INTERRUPT", running.codeName());
      assertEquals(100, balance(timed, 1), "rolled back");
      assertEquals(1L, exec(timed, "SELECT 1", NONE).get(5, TimeUnit.SECONDS).rows().get(0)[0], "still usable");
      exec(b, "UPDATE account SET balance = 1 WHERE id = 2", NONE).get(1, TimeUnit.SECONDS); // the gate is free
    } finally {
      future(timed::close).get(5, TimeUnit.SECONDS);
    }
  }

  /** A work on {@code a} that has written and then waits for ever (until interrupted); returned once it waits. */
  private CompletableFuture<Object> aTransferThatWaitsForever() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CompletableFuture<Object> call = transaction(a, tx -> {
      transfer(tx, 10);
      inside.countDown();
      new CountDownLatch(1).await();
      return null;
    });
    assertTrue(inside.await(5, TimeUnit.SECONDS));
    return call;
  }

  @Test
  void aCloseInterruptsTheWorkAndRollsBack() throws Exception {
    CompletableFuture<Object> call = aTransferThatWaitsForever();
    future(a::close).get(5, TimeUnit.SECONDS);
    SqliteError e = failure(call);
    assertEquals("SQLITE_INTERRUPT", e.codeName());
    assertTrue(e.getMessage().startsWith("Connection is closed"), e.getMessage());
    assertEquals(100, balance(b, 1));
    a = open(database); // for close()
  }

  @Test
  void aResetInterruptsTheWorkAndTheConnectionServesTheNextUser() throws Exception {
    CompletableFuture<Object> call = aTransferThatWaitsForever();
    EngineTestSupport.<Void>future(a::reset).get(5, TimeUnit.SECONDS);
    SqliteError e = failure(call);
    assertEquals("SQLITE_INTERRUPT", e.codeName());
    assertEquals(100, balance(a, 1));
    assertEquals(60L, transaction(a, tx -> {
      transfer(tx, 40);
      return (Long) tx.execute("SELECT balance FROM account WHERE id = 1").rows().get(0)[0];
    }).get(5, TimeUnit.SECONDS));
  }
}
