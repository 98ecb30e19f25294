package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.engineThreads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vertxsqlite.engine.SqliteEngine;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Mixed operations (reads, writes, transactions, cursors closed early, failing statements, more distinct SQL
 * than the statement cache holds), then checks that threads, cached statements and cursors are back to their
 * baseline. The build runs 40,000 operations; {@code -Dsoak.operations=1000000} runs the full soak
 * (docs/concurrency.md).
 */
class SoakTest {

  private static final long OPERATIONS = Long.getLong("soak.operations", 40_000);
  private static final int POOL_SIZE = 4;
  private static final int CACHE_SIZE = 64;
  private static final int IN_FLIGHT = 32;

  @Test
  void resourcesReturnToBaseline() throws Exception {
    long threadsBefore = SqliteTestSupport.engineThreadsAtRest();
    Vertx vertx = Vertx.vertx();
    try {
      Pool pool = SqliteBuilder.pool()
        .with(new PoolOptions().setMaxSize(POOL_SIZE))
        .connectingTo(SqliteTestSupport.options(SqliteTestSupport.newDatabase()).setPreparedStatementCacheMaxSize(CACHE_SIZE))
        .using(vertx)
        .build();
      await(pool.query("CREATE TABLE s (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)").execute());
      await(pool.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000) INSERT INTO s SELECT x, 0 FROM n").execute());

      AtomicLong issued = new AtomicLong();
      AtomicLong unexpected = new AtomicLong();
      List<Future<Void>> workers = new ArrayList<>();
      for (int w = 0; w < IN_FLIGHT; w++) {
        Promise<Void> done = Promise.promise();
        vertx.runOnContext(v -> next(pool, issued, unexpected, done));
        workers.add(done.future());
      }
      Future.all(workers).toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
      assertEquals(0, unexpected.get(), "operations that failed without being meant to");

      List<SqlConnection> conns = new ArrayList<>();
      for (int i = 0; i < POOL_SIZE; i++) {
        conns.add(await(pool.getConnection()));
      }
      for (SqlConnection c : conns) {
        int[] counts = SqliteTestSupport.engineCounts(c);
        assertTrue(counts[0] <= CACHE_SIZE, "cached statements " + counts[0]);
        assertEquals(0, counts[1], "open cursors");
        await(c.close());
      }
      // the pipelined lane leased its connections from the pool: maxSize caps them all
      assertEquals(POOL_SIZE, engineThreads() - threadsBefore, "engine threads");
      await(pool.close());
    } finally {
      await(vertx.close());
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engineThreads() > threadsBefore && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(threadsBefore, engineThreads());
  }


  private static void next(Pool pool, AtomicLong issued, AtomicLong unexpected, Promise<Void> done) {
    long n = issued.incrementAndGet();
    if (n > OPERATIONS) {
      done.complete();
      return;
    }
    ThreadLocalRandom r = ThreadLocalRandom.current();
    int id = 1 + r.nextInt(1000);
    Future<?> op;
    boolean mayFail = false;
    switch (r.nextInt(10)) {
      case 0:
      case 1:
      case 2:
        op = pool.preparedQuery("SELECT v FROM s WHERE id = ?").execute(Tuple.of(id));
        break;
      case 3:
        // 200 distinct texts churn a 64-entry cache
        op = pool.preparedQuery("SELECT v + " + r.nextInt(200) + " FROM s WHERE id = ?").execute(Tuple.of(id));
        break;
      case 4:
        op = pool.preparedQuery("UPDATE s SET v = v + 1 WHERE id = ?").execute(Tuple.of(id));
        break;
      case 5:
        op = pool.withTransaction(c -> c.preparedQuery("UPDATE s SET v = v - 1 WHERE id = ?").execute(Tuple.of(id))
          .compose(x -> c.preparedQuery("UPDATE s SET v = v + 1 WHERE id = ?").execute(Tuple.of(1 + id % 1000))));
        break;
      case 6:
        op = pool.withConnection(c -> c.prepare("SELECT id FROM s WHERE id > ?").compose(ps -> {
          io.vertx.sqlclient.Cursor cursor = ps.cursor(Tuple.of(id));
          return cursor.read(5).compose(rows -> cursor.close()).eventually(() -> ps.close());
        }));
        break;
      case 7:
        op = pool.query("SELECT count(*) FROM s WHERE v > 0; SELECT 1").execute();
        break;
      case 8:
        mayFail = true;
        op = pool.query("SELECT * FROM missing_table").execute();
        break;
      default:
        op = pool.preparedQuery("INSERT INTO s (id, v) VALUES (?, 0) ON CONFLICT(id) DO UPDATE SET v = v").execute(Tuple.of(id));
    }
    boolean expectFailure = mayFail;
    op.onComplete(ar -> {
      if (ar.failed() != expectFailure) {
        unexpected.incrementAndGet();
      }
      next(pool, issued, unexpected, done);
    });
  }
}
