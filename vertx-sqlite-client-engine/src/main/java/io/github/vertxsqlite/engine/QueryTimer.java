package io.github.vertxsqlite.engine;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts statements that outlive the query timeout, through {@code sqlite3_interrupt} (which SQLite lets
 * another thread call). One timer thread serves every connection of the JVM.
 */
final class QueryTimer {

  private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "sqlite-engine-query-timer");
    t.setDaemon(true);
    return t;
  });

  static {
    TIMER.setRemoveOnCancelPolicy(true);
  }

  /** Runs {@code task} on the timer thread after {@code delayMillis} (the engine's close uses it too). */
  static ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
    return TIMER.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
  }

  /** Runs {@code step} now, then on the timer thread every {@code periodMillis} for as long as it returns true. */
  static void repeatWhile(java.util.function.BooleanSupplier step, long periodMillis) {
    if (step.getAsBoolean()) {
      TIMER.schedule(() -> repeatWhile(step, periodMillis), periodMillis, TimeUnit.MILLISECONDS);
    }
  }

  /** Runs {@code task} on the timer thread every {@code periodMillis} until cancelled. */
  static ScheduledFuture<?> repeat(Runnable task, long periodMillis) {
    return TIMER.scheduleAtFixedRate(task, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  private final Runnable interrupt;
  private final long timeoutMillis;
  private final Object lock = new Object();
  private boolean armed;
  private boolean fired;

  QueryTimer(long timeoutMillis, Runnable interrupt) {
    this.timeoutMillis = timeoutMillis;
    this.interrupt = interrupt;
  }

  /** Runs {@code work}, interrupting it after the timeout; reports whether the interrupt fired. */
  <T> T run(SqlWork<T> work) throws Exception {
    if (timeoutMillis <= 0) {
      return work.run();
    }
    synchronized (lock) {
      armed = true;
      fired = false;
    }
    ScheduledFuture<?> task = TIMER.schedule(this::fire, timeoutMillis, TimeUnit.MILLISECONDS);
    try {
      return work.run();
    } finally {
      task.cancel(false);
      synchronized (lock) {
        armed = false;
      }
    }
  }

  /** Whether the last {@link #run} was interrupted by this timer. */
  boolean fired() {
    synchronized (lock) {
      return fired;
    }
  }

  long timeoutMillis() {
    return timeoutMillis;
  }

  private void fire() {
    synchronized (lock) {
      // only while the statement still runs: a late interrupt would hit the next statement instead
      if (armed) {
        fired = true;
        interrupt.run();
      }
    }
  }
}
