package io.github.vertxsqlite.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Short busy-waits shared by all engines: a spin hands work over in a few µs where parking costs tens, but
 * on a small machine spinning threads steal the event loop's core. So spins are bounded in time, and at most
 * {@code cores - 1} threads spin at once; the others park straight away.
 */
final class SpinBudget {

  static final long SPIN_NANOS = 20_000;
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
