package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.engineThreads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who runs what: SQLite on one engine thread per connection, results on the caller's context. */
@ExtendWith(VertxExtension.class)
class ThreadingTest {

  private static final String ENDLESS_QUERY =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";
  private static final String SLOW_QUERY =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000000) SELECT count(*) FROM n";

  @Test
  void resultsCompleteOnTheCallersEventLoop(Vertx vertx, VertxTestContext test) {
    Pool pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 2);
    Context context = vertx.getOrCreateContext();
    context.runOnContext(v -> {
      Thread eventLoop = Thread.currentThread();
      Future<?> simple = pool.query("SELECT 1").execute();
      Future<?> prepared = pool.preparedQuery("SELECT ?1").execute(io.vertx.sqlclient.Tuple.of(1));
      Future<?> tx = pool.withTransaction(c -> c.query("SELECT 2").execute());
      Future<?> failing = pool.query("SELECT nope FROM nowhere").execute().recover(err -> Future.succeededFuture());
      for (Future<?> f : List.of(simple, prepared, tx, failing)) {
        f.onComplete(ar -> test.verify(() -> {
          assertSame(context, Vertx.currentContext());
          assertSame(eventLoop, Thread.currentThread());
          assertTrue(Context.isOnEventLoopThread());
        }));
      }
      Future.all(simple, prepared, tx, failing).compose(x -> pool.close()).onComplete(test.succeedingThenComplete());
    });
  }

  @Test
  void theEventLoopKeepsRunningWhileAQueryRuns(Vertx vertx, VertxTestContext test) {
    Pool pool = SqliteTestSupport.pool(vertx, ":memory:", 1);
    vertx.getOrCreateContext().runOnContext(v -> {
      AtomicInteger ticks = new AtomicInteger();
      long timer = vertx.setPeriodic(1, id -> ticks.incrementAndGet());
      // a blocked event loop could not fire the timer before the query's own completion
      pool.query(SLOW_QUERY).execute().onComplete(test.succeeding(rows -> {
        vertx.cancelTimer(timer);
        test.verify(() -> {
          assertEquals(3_000_000L, rows.iterator().next().getLong(0));
          assertTrue(ticks.get() > 0, "the event loop was blocked while SQLite worked");
        });
        pool.close().onComplete(test.succeedingThenComplete());
      }));
    });
  }

  @Test
  void oneThreadPerConnectionAndNoneAfterClose(Vertx vertx) throws Exception {
    long before = SqliteTestSupport.engineThreadsAtRest();
    Pool pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 4);
    List<SqlConnection> held = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      held.add(await(pool.getConnection()));
    }
    assertEquals(before + 4, engineThreads());
    for (SqlConnection c : held) {
      await(c.close());
    }
    await(pool.close());
    SqliteConnection standalone = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(":memory:")));
    assertEquals(before + 1, engineThreads());
    await(standalone.close());
    await(standalone.close()); // twice is harmless
    waitForThreads(before);
  }

  @Test
  void closingVertxClosesItsPools() throws Exception {
    long before = SqliteTestSupport.engineThreadsAtRest();
    Vertx own = Vertx.vertx();
    Pool pool = SqliteTestSupport.pool(own, SqliteTestSupport.newDatabase(), 3);
    await(Future.all(pool.query("SELECT 1").execute(), pool.query("SELECT 1").execute(), pool.query("SELECT 1").execute()));
    assertTrue(engineThreads() > before);
    await(own.close());
    waitForThreads(before);
  }

  @Test
  void closeRunsQuickQueuedQueriesAndInterruptsALongOne(Vertx vertx, VertxTestContext test) {
    SqliteConnection.connect(vertx, SqliteTestSupport.options(":memory:")).onComplete(test.succeeding(conn -> {
      Future<?> quick = conn.query("SELECT 1").execute();
      Future<?> endless = conn.query(ENDLESS_QUERY).execute();
      Future<?> behind = conn.query("SELECT 1").execute();
      Future<Void> closed = conn.close();
      Future<?> late = conn.query("SELECT 1").execute();
      Future.join(quick, endless, behind, closed, late).onComplete(ar -> test.verify(() -> {
        assertTrue(quick.succeeded(), String.valueOf(quick.cause())); // queued before the close: runs within its grace
        assertTrue(endless.failed());
        assertTrue(endless.cause().getMessage().contains("Connection is closed"), endless.cause().getMessage());
        assertTrue(behind.failed());
        assertTrue(closed.succeeded());
        assertTrue(late.failed());
        test.completeNow();
      }));
    }));
  }

  private static void waitForThreads(long expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engineThreads() > expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(expected, engineThreads());
  }
}
