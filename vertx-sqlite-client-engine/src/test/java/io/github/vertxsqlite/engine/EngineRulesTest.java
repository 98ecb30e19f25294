package io.github.vertxsqlite.engine;

import static io.github.vertxsqlite.engine.EngineTestSupport.exec;
import static io.github.vertxsqlite.engine.EngineTestSupport.failure;
import static io.github.vertxsqlite.engine.EngineTestSupport.future;
import static io.github.vertxsqlite.engine.EngineTestSupport.newDatabase;
import static io.github.vertxsqlite.engine.EngineTestSupport.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine's own rules, tested on the engine alone: statement cache pins, the query timer, the spin budget. */
class EngineRulesTest {

  private static final Object[] NONE = new Object[0];

  private static int[] counts(SqliteEngine engine) throws Exception {
    return EngineTestSupport.<int[]>future(engine::resourceCounts).get(5, TimeUnit.SECONDS);
  }

  @Test
  void pinnedStatementsAreNeverEvicted() throws Exception {
    SqliteEngine engine = open(new EngineOptions().database(newDatabase()).statementCacheMaxSize(2));
    List<String> pinned = List.of("SELECT 1", "SELECT 2", "SELECT 3");
    for (String sql : pinned) {
      EngineTestSupport.<StatementInfo>future(cb -> engine.prepare(sql, true, cb)).get(5, TimeUnit.SECONDS);
    }
    for (int i = 10; i < 30; i++) {
      exec(engine, "SELECT " + i, NONE).get(5, TimeUnit.SECONDS); // cached one-shots push the LRU past its size
    }
    assertEquals(3, counts(engine)[0], "the three pinned statements stay, one-shots are evicted around them");
    for (String sql : pinned) {
      EngineTestSupport.<Void>future(cb -> engine.unprepare(sql, cb)).get(5, TimeUnit.SECONDS);
    }
    assertEquals(2, counts(engine)[0], "once unpinned the cache shrinks back to its size");
    future(engine::close).get(5, TimeUnit.SECONDS);
  }

  @Test
  void theQueryTimerInterruptsAndTheConnectionStaysUsable() throws Exception {
    SqliteEngine engine = open(new EngineOptions().database(newDatabase()).queryTimeoutMillis(100));
    long start = System.nanoTime();
    SqliteError e = failure(exec(engine, EngineCloseTest.ENDLESS, NONE));
    assertEquals("SQLITE_INTERRUPT", e.codeName());
    assertTrue(e.getMessage().contains("timed out after 100 ms"), e.getMessage());
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5000);
    for (int i = 0; i < 20; i++) { // a late interrupt must not hit the statements that follow
      assertEquals(42L, exec(engine, "SELECT 40 + 2", NONE).get(5, TimeUnit.SECONDS).rows().get(0)[0]);
    }
    future(engine::close).get(5, TimeUnit.SECONDS);
  }

  @Test
  void spinningStaysWithinItsBudget() throws Exception {
    int threads = Runtime.getRuntime().availableProcessors() + 3;
    AtomicInteger spinning = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> spinners = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int round = 0; round < 50; round++) {
          SpinBudget.spinUntil(() -> {
            int now = spinning.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            spinning.decrementAndGet();
            return false; // never ready: every admitted thread spins its whole budget
          });
        }
      });
      t.start();
      spinners.add(t);
    }
    start.countDown();
    for (Thread t : spinners) {
      t.join(30_000);
    }
    int allowed = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    assertTrue(most.get() <= allowed, most.get() + " threads spun at once, the budget is " + allowed);
  }
}
