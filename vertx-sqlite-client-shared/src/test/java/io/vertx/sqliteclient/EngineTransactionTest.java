package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code withEngineTransaction} on a pool and on a connection: work run in one transaction on an engine thread. */
class EngineTransactionTest extends VertxPerTest {

  private String database;
  private SqlitePool pool;

  @BeforeEach
  void accounts() {
    database = SqliteTestSupport.newDatabase();
    pool = SqlitePool.cast(SqliteTestSupport.pool(vertx, database, 4));
    await(pool.query("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))").execute());
    await(pool.query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) INSERT INTO account SELECT i, 1000 FROM n").execute());
  }

  private static long balance(EngineTransaction tx, int id) {
    return tx.execute("SELECT balance FROM account WHERE id = ?", Tuple.of(id)).iterator().next().getLong("balance");
  }

  private static long transfer(EngineTransaction tx, int from, int to, long amount) {
    tx.execute("UPDATE account SET balance = balance - ? WHERE id = ?", Tuple.of(amount, from));
    tx.execute("UPDATE account SET balance = balance + ? WHERE id = ?", Tuple.of(amount, to));
    return balance(tx, from);
  }

  private long total() {
    return await(pool.query("SELECT sum(balance) FROM account").execute()).iterator().next().getLong(0);
  }

  private long balance(int id) {
    return await(pool.preparedQuery("SELECT balance FROM account WHERE id = ?").execute(Tuple.of(id))).iterator().next().getLong(0);
  }

  /** Calls {@code call} on a fresh event-loop context; the future it returns must complete on that context. */
  private <T> T onContext(Supplier<Future<T>> call) {
    Context context = vertx.getOrCreateContext();
    Promise<T> outcome = Promise.promise();
    context.runOnContext(v -> call.get().onComplete(ar -> {
      if (io.vertx.core.Vertx.currentContext() != context) {
        outcome.fail(new AssertionError("completed on another context"));
      } else if (ar.succeeded()) {
        outcome.complete(ar.result());
      } else {
        outcome.fail(ar.cause());
      }
    }));
    return await(outcome.future());
  }

  @Test
  void aPoolTransactionCommitsAndCompletesOnTheCallersContextWithTheWorksResult() {
    assertEquals(900L, (long) onContext(() -> pool.<Long>withEngineTransaction(tx -> transfer(tx, 1, 2, 100))));
    assertEquals(1100, balance(2));
  }

  @Test
  void manyAtOnceKeepEveryBalance() {
    List<Future<Long>> all = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      int from = 1 + i % 10;
      all.add(pool.withEngineTransaction(tx -> transfer(tx, from, 1 + (from % 10), 1)));
    }
    await(Future.all(all));
    assertEquals(10_000, total());
    assertEquals(1000, balance(3), "each account gave and received 50");
  }

  @Test
  void manyAtOnceShareOneConnectionInsteadOfWaitingForTheWriterGateOnSeveral() throws Exception {
    java.util.Set<String> engineThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    CountDownLatch allSent = new CountDownLatch(1); // the first works wait, so the others queue up meanwhile
    List<Future<Long>> all = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      all.add(pool.withEngineTransaction(tx -> {
        engineThreads.add(Thread.currentThread().getName()); // the work runs on its connection's engine thread
        try {
          assertTrue(allSent.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return transfer(tx, 1, 2, 1);
      }));
    }
    allSent.countDown();
    await(Future.all(all));
    assertEquals(1, engineThreads.size(), engineThreads.toString());
    assertEquals(936, balance(1));
  }

  @Test
  void rowsAndPropertiesAreTheSqlClients() {
    RowSet<Row> inserted = await(pool.withEngineTransaction(tx -> {
      tx.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT, data BLOB)");
      return tx.execute("INSERT INTO note (body, data) VALUES (?, x'0102')", Tuple.of("hi"));
    }));
    assertEquals(1, inserted.rowCount());
    assertEquals(1L, inserted.property(SqliteClient.LAST_INSERTED_ID));
    RowSet<Row> batch = await(pool.withEngineTransaction(tx -> tx.executeBatch("INSERT INTO note (body) VALUES (?) RETURNING id",
      List.of(Tuple.of("a"), Tuple.of("b")))));
    assertEquals(2L, batch.iterator().next().getLong("id"));
    assertEquals(3L, batch.next().iterator().next().getLong(0));
    assertNull(batch.next().next());
    Row row = await(pool.withEngineTransaction(tx -> tx.execute("SELECT id, body, data FROM note WHERE id = 1").iterator().next()));
    assertEquals(List.of("id", "body", "data"), row.size() == 3 ? List.of(row.getColumnName(0), row.getColumnName(1), row.getColumnName(2)) : null);
    assertEquals("hi", row.getString("body"));
    assertEquals(2, row.getBuffer("data").length());
  }

  @Test
  void aThrowingWorkRollsBackAndFailsWithWhatItThrew() {
    IllegalStateException thrown = new IllegalStateException("no");
    assertSame(thrown, awaitFailure(pool.withEngineTransaction(tx -> {
      transfer(tx, 1, 2, 100);
      throw thrown;
    })));
    assertEquals(1000, balance(1));
    assertEquals(10_000, total());
  }

  @Test
  void aFailingStatementIsAnSqliteExceptionWithSqlitesCodes() {
    Throwable failure = awaitFailure(pool.withEngineTransaction(tx -> transfer(tx, 1, 2, 5000)));
    SqliteException e = (SqliteException) failure;
    assertEquals(19, e.getPrimaryCode());
    assertEquals("SQLITE_CONSTRAINT_CHECK", e.getCodeName());
    assertEquals(10_000, total());
    // caught inside, the work goes on and commits
    assertEquals(900L, (long) await(pool.<Long>withEngineTransaction(tx -> {
      assertThrows(SqliteException.class, () -> transfer(tx, 1, 2, 5000));
      return transfer(tx, 1, 2, 100);
    })));
  }

  @Test
  void theAsynchronousApiFailsAtOnceInside() {
    List<Future<?>> calls = await(pool.withEngineTransaction(tx -> {
      List<Future<?>> made = new ArrayList<>();
      made.add(pool.query("SELECT 1").execute());
      made.add(pool.preparedQuery("SELECT ?").execute(Tuple.of(1)));
      made.add(pool.getConnection());
      made.add(pool.withTransaction(conn -> conn.query("SELECT 1").execute()));
      made.add(pool.withEngineTransaction(inner -> 1));
      for (Future<?> f : made) {
        // waited for inside the work: a call that needed this engine or a pooled connection would never answer
        assertThrows(java.util.concurrent.ExecutionException.class, () -> f.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS));
      }
      return made;
    }));
    for (Future<?> f : calls) {
      SqliteException e = (SqliteException) f.cause();
      assertEquals("SQLITE_MISUSE", e.getCodeName());
      assertTrue(e.getMessage().contains("asynchronous"), e.getMessage());
    }
    assertEquals(10_000, total(), "the pool serves again after the work");
  }

  @Test
  void aConnectionsOwnCommandsFailInsideRatherThanWaitForever() {
    SqliteConnection conn = SqliteConnection.cast(await(pool.getConnection()));
    Throwable inner = await(conn.withEngineTransaction(tx -> {
      try {
        conn.query("SELECT 1").execute().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        return null;
      } catch (Exception e) {
        return e.getCause();
      }
    }));
    assertEquals("SQLITE_MISUSE", ((SqliteException) inner).getCodeName());
    await(conn.close());
  }

  @Test
  void onAHeldConnectionItRunsInOrderAndNotInsideItsTransaction() {
    SqliteConnection conn = SqliteConnection.cast(await(pool.getConnection()));
    Future<RowSet<Row>> before = conn.query("UPDATE account SET balance = 0 WHERE id = 5").execute();
    assertEquals(0L, (long) await(conn.<Long>withEngineTransaction(tx -> balance(tx, 5))), "ran after the command sent before it");
    await(before);
    await(conn.begin());
    SqliteException e = (SqliteException) awaitFailure(conn.withEngineTransaction(tx -> 1));
    assertEquals("SQLITE_MISUSE", e.getCodeName());
    await(conn.close());
  }

  @Test
  void theQueryTimeoutInterruptsAWorkThatWaits() {
    SqlitePool timed = SqlitePool.pool(vertx, SqliteTestSupport.options(database).setQueryTimeout(300), new PoolOptions().setMaxSize(2));
    SqliteException e = (SqliteException) awaitFailure(timed.withEngineTransaction(tx -> {
      transfer(tx, 1, 2, 100);
      try {
        Thread.sleep(20_000);
      } catch (InterruptedException interrupted) {
        throw new IllegalStateException("interrupted", interrupted);
      }
      return null;
    }));
    assertEquals("SQLITE_INTERRUPT", e.getCodeName());
    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    assertEquals(10_000, total());
    assertEquals(900L, (long) await(timed.<Long>withEngineTransaction(tx -> transfer(tx, 1, 2, 100))), "the pool serves the next one");
    await(timed.close());
  }

  @Test
  void closingThePoolInterruptsARunningWork() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    Future<Object> running = pool.withEngineTransaction(tx -> {
      transfer(tx, 1, 2, 100);
      inside.countDown();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException interrupted) {
        throw new IllegalStateException("interrupted by the close", interrupted);
      }
      return null;
    });
    assertTrue(inside.await(10, TimeUnit.SECONDS));
    await(pool.close());
    assertTrue(awaitFailure(running) instanceof SqliteException);
    SqlitePool reopened = SqlitePool.pool(vertx, SqliteTestSupport.options(database), new PoolOptions().setMaxSize(1));
    assertEquals(1000L, await(reopened.preparedQuery("SELECT balance FROM account WHERE id = 1").execute()).iterator().next().getLong(0));
    assertFalse(await(reopened.<Boolean>withEngineTransaction(tx -> tx.execute("SELECT 1").size() == 0)));
  }
}
