package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing never hangs on a running statement: {@code connection.close()}, {@code pool.close()} and
 * {@code vertx.close()} interrupt it, fail it and what is queued behind it with a closed-connection error, and
 * complete within a second, leaving no engine thread behind.
 */
class CloseWhileRunningTest {

  private static final String ENDLESS =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";

  private static void assertClosedError(Throwable failure) {
    assertTrue(failure instanceof SqliteException, String.valueOf(failure));
    assertTrue(failure.getMessage().contains("Connection is closed"), failure.getMessage());
  }

  private static long timed(Future<?> close) {
    long start = System.nanoTime();
    await(close);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void assertNoEngineThreadAbove(long before) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (SqliteTestSupport.engineThreads() > before && System.nanoTime() < deadline) {
      sleep(10);
    }
    assertEquals(before, SqliteTestSupport.engineThreads(), "engine threads left");
  }

  @Test
  void poolCloseInterruptsARunningQuery() {
    Vertx vertx = Vertx.vertx();
    long threads = SqliteTestSupport.engineThreadsAtRest();
    Pool pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 2);
    Future<RowSet<Row>> running = pool.query(ENDLESS).execute();
    List<Future<?>> queued = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      queued.add(pool.preparedQuery("SELECT ?").execute(Tuple.of(i)));
    }
    sleep(200);
    long tookMs = timed(pool.close());
    assertTrue(tookMs < 1000, "pool.close() took " + tookMs + " ms");
    assertClosedError(awaitFailure(running));
    await(Future.join(new ArrayList<>(queued)).otherwiseEmpty());
    queued.forEach(f -> assertTrue(f.isComplete()));
    assertNoEngineThreadAbove(threads);
    await(vertx.close());
  }

  @Test
  void connectionCloseInterruptsARunningQueryAndRollsBackItsTransaction() {
    Vertx vertx = Vertx.vertx();
    String database = SqliteTestSupport.newDatabase();
    SqliteConnection conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(database)));
    await(conn.query("CREATE TABLE t (v INTEGER)").execute());
    await(conn.begin());
    await(conn.query("INSERT INTO t VALUES (1)").execute());
    Future<RowSet<Row>> running = conn.query(ENDLESS).execute();
    Future<RowSet<Row>> behind = conn.query("INSERT INTO t VALUES (2)").execute();
    sleep(200);
    long tookMs = timed(conn.close());
    assertTrue(tookMs < 1000, "close() took " + tookMs + " ms");
    assertClosedError(awaitFailure(running));
    assertTrue(awaitFailure(behind) != null);
    SqliteConnection reader = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(database)));
    assertEquals(0L, await(reader.query("SELECT count(*) FROM t").execute()).iterator().next().getLong(0));
    await(reader.close());
    await(vertx.close());
  }

  @Test
  void vertxCloseInterruptsARunningQuery() {
    Vertx vertx = Vertx.vertx();
    long threads = SqliteTestSupport.engineThreadsAtRest();
    Pool pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 2);
    SqlConnection held = await(pool.getConnection());
    Future<RowSet<Row>> running = held.query(ENDLESS).execute();
    Future<RowSet<Row>> oneShot = pool.query(ENDLESS).execute();
    sleep(200);
    long tookMs = timed(vertx.close());
    assertTrue(tookMs < 1000, "vertx.close() took " + tookMs + " ms");
    // Vert.x is gone, so the futures are only looked at: each has failed
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (!(running.isComplete() && oneShot.isComplete()) && System.nanoTime() < deadline) {
      sleep(10);
    }
    assertTrue(running.failed(), "running query: " + running);
    assertTrue(oneShot.failed(), "one-shot query: " + oneShot);
    assertNoEngineThreadAbove(threads);
  }

  @Test
  void closeFailsAnOpenRowStream() {
    Vertx vertx = Vertx.vertx();
    SqliteConnection conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(SqliteTestSupport.newDatabase())));
    Promise<Throwable> failed = Promise.promise();
    Promise<Void> firstRows = Promise.promise();
    vertx.runOnContext(v -> conn.prepare("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n")
      .onSuccess(ps -> {
        RowStream<Row> stream = ps.createStream(50);
        stream.exceptionHandler(failed::tryComplete);
        stream.endHandler(v2 -> failed.tryFail("the endless stream ended"));
        stream.handler(row -> {
          if (row.getLong(0) == 100) {
            firstRows.tryComplete();
          }
        });
      }));
    await(firstRows.future());
    long tookMs = timed(conn.close());
    assertTrue(tookMs < 1000, "close() took " + tookMs + " ms");
    Throwable cause = await(failed.future().timeout(5, TimeUnit.SECONDS));
    // Vert.x's own error for a stream whose connection closed, or the engine's
    assertTrue(cause instanceof io.vertx.sqlclient.ClosedConnectionException || cause.getMessage().contains("Connection is closed"),
      String.valueOf(cause));
    await(vertx.close());
  }

  @Test
  void closeInterruptsABatchHalfDone() {
    Vertx vertx = Vertx.vertx();
    String database = SqliteTestSupport.newDatabase();
    SqliteConnection conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(database)));
    await(conn.query("CREATE TABLE t (v INTEGER)").execute());
    List<Tuple> rows = new ArrayList<>();
    for (int i = 0; i < 3_000_000; i++) {
      rows.add(Tuple.of(i));
    }
    Future<RowSet<Row>> batch = conn.preparedQuery("INSERT INTO t VALUES (?)").executeBatch(rows);
    sleep(400);
    long tookMs = timed(conn.close());
    assertTrue(tookMs < 1000, "close() took " + tookMs + " ms");
    assertFalse(batch.succeeded());
    assertClosedError(awaitFailure(batch));
    SqliteConnection reader = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(database)));
    assertEquals(0L, await(reader.query("SELECT count(*) FROM t").execute()).iterator().next().getLong(0));
    await(reader.close());
    await(vertx.close());
  }

  @Test
  void closeInterruptsABackupInProgress() throws Exception {
    Vertx vertx = Vertx.vertx();
    String database = SqliteTestSupport.newDatabase();
    SqliteConnection conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(database)));
    await(conn.query("CREATE TABLE t (b BLOB)").execute());
    Future<RowSet<Row>> filled = conn.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 120000) "
      + "INSERT INTO t SELECT randomblob(4000) FROM n").execute(); // ~480 MB: its copy outlasts the close's grace
    filled.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    String target = SqliteTestSupport.newDatabase();
    List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    Future<Void> backup = conn.backup(target, 100, progress::add);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (progress.size() < 2 && System.nanoTime() < deadline) {
      sleep(5);
    }
    long tookMs = timed(conn.close());
    assertTrue(tookMs < 1000, "close() took " + tookMs + " ms");
    assertClosedError(awaitFailure(backup));
    assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of(target)), "no half-written backup");
    await(vertx.close());
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(database + suffix));
    }
  }
}
