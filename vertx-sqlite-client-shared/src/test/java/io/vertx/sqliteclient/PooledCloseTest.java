package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A pooled connection given back while its statement still runs: after the close's grace (250 ms, in which a write
 * sent just before the close still lands) the statement is interrupted and fails with the closed-connection error,
 * an open transaction is rolled back, a cursor or stream ends, and the pool's only connection serves its next
 * borrower within a second.
 */
class PooledCloseTest extends VertxPerTest {

  /** Counts to infinity; {@code started()} tells the test the statement runs. */
  private static final String ENDLESS =
    "WITH RECURSIVE n(x) AS (SELECT started() UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";

  private String database;
  private Pool pool;
  private CountDownLatch started;

  private SqlConnection borrow() {
    database = SqliteTestSupport.newDatabase();
    pool = SqliteTestSupport.pool(vertx, database, 1);
    await(pool.query("CREATE TABLE t (v INTEGER)").execute());
    SqlConnection conn = await(pool.getConnection());
    started = new CountDownLatch(1);
    await(((SqliteConnection) conn).createFunction("started", -1, false, args -> {
      started.countDown();
      return 1;
    }));
    return conn;
  }

  private void awaitStarted() throws InterruptedException {
    assertTrue(started.await(10, TimeUnit.SECONDS), "the statement never started");
  }

  private static void assertClosedError(Throwable failure) {
    assertTrue(failure instanceof SqliteException || failure instanceof io.vertx.sqlclient.ClosedConnectionException,
      String.valueOf(failure));
    assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
  }

  /** Closes {@code conn}, then the pool's only connection answers a new query within a second. */
  private void closeAndServeTheNextBorrower(SqlConnection conn) {
    long start = System.nanoTime();
    await(conn.close());
    assertEquals(1, await(pool.query("SELECT 1").execute()).iterator().next().getInteger(0));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(tookMs < 1000, "the next borrower waited " + tookMs + " ms");
  }

  private long rows() {
    return await(pool.query("SELECT count(*) FROM t").execute()).iterator().next().getLong(0);
  }

  @Test
  void aRunningQueryIsInterrupted() throws Exception {
    SqlConnection conn = borrow();
    Future<RowSet<Row>> running = conn.query(ENDLESS).execute();
    Future<RowSet<Row>> queued = conn.query("SELECT 2").execute();
    awaitStarted();
    closeAndServeTheNextBorrower(conn);
    assertClosedError(awaitFailure(running));
    assertClosedError(awaitFailure(queued));
  }

  @Test
  void aWriteSentJustBeforeTheCloseLands() {
    SqlConnection conn = borrow();
    Future<RowSet<Row>> write = conn.query("INSERT INTO t VALUES (7)").execute(); // not awaited
    closeAndServeTheNextBorrower(conn);
    await(write);
    assertEquals(1, rows());
  }

  @Test
  void aRunningBatchIsInterruptedAndWritesNothing() throws Exception {
    SqlConnection conn = borrow();
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < 3_000_000; i++) {
      batch.add(Tuple.of(i));
    }
    Future<RowSet<Row>> running = conn.preparedQuery("INSERT INTO t VALUES (started(?))").executeBatch(batch);
    awaitStarted();
    closeAndServeTheNextBorrower(conn);
    assertClosedError(awaitFailure(running));
    assertEquals(0, rows());
  }

  @Test
  void aTransactionIsRolledBack() throws Exception {
    SqlConnection conn = borrow();
    await(conn.begin());
    await(conn.query("INSERT INTO t VALUES (1)").execute());
    Future<RowSet<Row>> running = conn.query(ENDLESS).execute();
    awaitStarted();
    closeAndServeTheNextBorrower(conn);
    assertClosedError(awaitFailure(running));
    assertEquals(0, rows());
    // the writer gate went back with the transaction: the next borrower writes
    await(pool.query("INSERT INTO t VALUES (2)").execute());
    assertEquals(1, rows());
  }

  @Test
  void aTransactionBegunInSqlIsRolledBackToo() throws Exception {
    SqlConnection conn = borrow();
    await(conn.query("BEGIN IMMEDIATE").execute());
    await(conn.query("INSERT INTO t VALUES (1)").execute());
    closeAndServeTheNextBorrower(conn);
    assertEquals(0, rows());
    await(pool.withTransaction(c -> c.query("INSERT INTO t VALUES (2)").execute()));
    assertEquals(1, rows());
  }

  @Test
  void aHalfReadCursorEnds() throws Exception {
    SqlConnection conn = borrow();
    await(conn.query("INSERT INTO t SELECT value FROM (WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n "
      + "WHERE value < 1000) SELECT value FROM n)").execute());
    io.vertx.sqlclient.Cursor cursor = await(conn.prepare("SELECT v FROM t")).cursor();
    assertEquals(10, await(cursor.read(10)).size());
    closeAndServeTheNextBorrower(conn);
    SqlConnection next = await(pool.getConnection());
    assertEquals(0, SqliteTestSupport.engineCounts(next)[1], "no cursor left open on the engine");
    await(next.close());
  }

  @Test
  void aRowStreamEnds() throws Exception {
    SqlConnection conn = borrow();
    Promise<Throwable> ended = Promise.promise();
    vertx.runOnContext(v -> conn.prepare(ENDLESS.replace("SELECT count(*) FROM n", "SELECT x FROM n")).onSuccess(ps -> {
      RowStream<Row> stream = ps.createStream(50);
      stream.exceptionHandler(ended::tryComplete);
      stream.endHandler(v2 -> ended.tryFail("the endless stream ended as if it had no more rows"));
      stream.handler(row -> { });
    }));
    awaitStarted();
    closeAndServeTheNextBorrower(conn);
    assertClosedError(await(ended.future().timeout(5, TimeUnit.SECONDS)));
  }
}
