package io.github.vertxsqlite.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Short busy-waits shared by all engines: a spin hands work over in a few µs where parking costs tens, but
 * on a small machine spinning threads steal the event loop's core. So spins are bounded in time, and at most
 * {@code cores - 1} threads spin at once; the others park straight away.
 */
final class SpinBudget {

  /**
   * 50 µs: on this project's 2-core VMs the event loop's answer to a result (its wake-up, then the next statement)
   * often comes later than 20 µs, and a parked engine then costs a second wake-up. Benchmark, two alternating
   * invocations each, 20 µs vs 50 µs: 1-in-flight p99 point select 117-122 vs 75-93 µs, transfer 316-394 vs
   * 202-280 µs, p50 and CPU per operation within their spread; one query at a time on one connection (mean) 60-75
   * vs 24-39 µs.
   */
  static final long SPIN_NANOS = 50_000;
  private static final int MAX_SPINNERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
  private static final AtomicInteger SPINNERS = new AtomicInteger();

  private SpinBudget() {
  }

  /** Polls {@code ready} for up to {@link #SPIN_NANOS} if the budget allows; true as soon as it holds. */
  static boolean spinUntil(BooleanSupplier ready) {
    if (SPINNERS.incrementAndGet() > MAX_SPINNERS) {
      SPINNERS.decrementAndGet();
      return false;
    }
    try {
      long deadline = System.nanoTime() + SPIN_NANOS;
      do {
        if (ready.getAsBoolean()) {
          return true;
        }
        Thread.onSpinWait();
      } while (System.nanoTime() < deadline);
      return false;
    } finally {
      SPINNERS.decrementAndGet();
    }
  }
}
