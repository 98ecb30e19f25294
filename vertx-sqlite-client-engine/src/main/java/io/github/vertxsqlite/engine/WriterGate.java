package io.github.vertxsqlite.engine;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One writer at a time per database file in this JVM, granted in arrival order (one per {@link SharedDatabase}).
 *
 * <p>SQLite allows one writer per file. Left alone, concurrent writers wait in SQLite's busy handler, which
 * sleeps and retries (unfair, and a DEFERRED transaction that read first fails at once with SQLITE_BUSY). The
 * gate queues this process's writers instead: a connection takes it before its first write and keeps it until
 * its transaction ends, so SQLite's own lock is always free when a writer of this process asks for it. Readers
 * never take it. Other processes still meet SQLite's busy timeout.
 */
final class WriterGate {

  private final Semaphore permit = new Semaphore(1, true);

  /** Writes are short: spin for the permit first, then wait (fairly) up to the timeout. */
  boolean tryAcquire(long timeoutMillis) throws InterruptedException {
    if (permit.tryAcquire() || SpinBudget.spinUntil(permit::tryAcquire)) {
      return true;
    }
    return permit.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  void release() {
    permit.release();
  }
}
