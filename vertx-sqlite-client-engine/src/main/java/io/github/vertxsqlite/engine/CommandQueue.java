package io.github.vertxsqlite.engine;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The FIFO between the threads that submit commands and the one engine thread that runs them: lock-free; when it
 * is empty the engine thread spins briefly (within a JVM-wide budget), then parks, so an idle connection costs no CPU.
 */
final class CommandQueue {

  private final ConcurrentLinkedQueue<Command<?>> queue = new ConcurrentLinkedQueue<>();
  private final BooleanSupplier hasWork = () -> !queue.isEmpty();
  /** The engine thread is parked or about to: the first submitter to clear it wakes the thread. */
  private final AtomicBoolean parked = new AtomicBoolean();

  void offer(Command<?> command) {
    queue.offer(command);
  }

  /** Wakes {@code engine} if it is parked: one waker per park, so a burst costs one unpark syscall, not one each. */
  void wake(Thread engine) {
    if (parked.get() && parked.compareAndSet(true, false)) {
      LockSupport.unpark(engine);
    }
  }

  boolean remove(Command<?> command) {
    return queue.remove(command);
  }

  /** The next command if there is one, without waiting. */
  Command<?> poll() {
    return queue.poll();
  }

  /** On the engine thread: the next command, waiting for it. */
  Command<?> take(Object blocker) {
    Command<?> command = queue.poll();
    if (command == null && SpinBudget.spinUntil(hasWork)) {
      // a short spin before parking: a parked hand-off costs tens of µs (docs/performance.md)
      command = queue.poll();
    }
    while (command == null) {
      parked.set(true);
      command = queue.poll();
      if (command == null) {
        LockSupport.park(blocker);
        command = queue.poll();
      }
      parked.set(false);
    }
    return command;
  }
}
