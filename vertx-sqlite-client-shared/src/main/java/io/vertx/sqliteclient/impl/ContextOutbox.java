package io.vertx.sqliteclient.impl;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands outcomes from an engine thread to a connection's context, in order and in batches: while one hand-over
 * is pending, later outcomes join it instead of each becoming an event-loop task of its own.
 *
 * <p>It is kept for order, not speed: an outcome posted from the event loop itself (a command failed as it was
 * submitted) runs after the outcomes already on their way, where {@code context.emit} alone would run it at
 * once, ahead of them; and when Vert.x has shut the event loop down, what is left still runs. Switched off, it
 * measured no faster and no slower (docs/performance.md): Netty already wakes a sleeping event loop once per
 * burst of tasks.
 */
public final class ContextOutbox {

  /** Outcomes run per hand-over before the rest is handed over again, so timers and I/O get their turn. */
  private static final int MAX_PER_DRAIN = 64;

  private final ContextAccess contexts;
  private final Context context;
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final Handler<Void> drain = v -> drain();

  public ContextOutbox(ContextAccess contexts, Context context) {
    this.contexts = contexts;
    this.context = context;
  }

  /** Runs {@code task} on the context after every task posted before it. */
  public void post(Runnable task) {
    tasks.offer(task);
    if (scheduled.compareAndSet(false, true)) {
      schedule();
    }
  }

  private void schedule() {
    try {
      contexts.emit(context, null, drain);
    } catch (RejectedExecutionException eventLoopGone) {
      // Vert.x has shut the event loop down: run what is left here, so no future stays pending
      scheduled.set(false);
      runAll();
    }
  }

  private void drain() {
    // cleared first: a task posted from now on schedules a new hand-over, or is picked up by the loop below
    scheduled.set(false);
    for (int i = 0; i < MAX_PER_DRAIN; i++) {
      Runnable task = tasks.poll();
      if (task == null) {
        return;
      }
      task.run();
    }
    if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
      schedule();
    }
  }

  private void runAll() {
    Runnable task;
    while ((task = tasks.poll()) != null) {
      try {
        task.run();
      } catch (RejectedExecutionException listenersGone) {
        // the completed future's listeners lived on that event loop: with Vert.x closed nobody is left to tell
      }
    }
  }
}
