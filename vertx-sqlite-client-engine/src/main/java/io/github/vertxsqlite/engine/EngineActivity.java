package io.github.vertxsqlite.engine;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What other threads may know of an engine's work, for the reset of a connection given back to its pool
 * ({@link SqliteEngine#reset}): whether a command runs now. A reset that finds one running arms the grace timer;
 * one that finds none arms no timer (the usual give-back), and a command before its mark that starts later arms it.
 */
final class EngineActivity {

  private volatile boolean running;
  private final AtomicBoolean graceArmed = new AtomicBoolean();

  /** On the engine thread, when a command starts ({@code resetMark}: the reset's own). */
  void starting(Session session, boolean resetMark) {
    running = true;
    if (!resetMark && session.interrupts().resetPending()) {
      armGrace(session, session.interrupts().resetsAsked()); // it came before the mark: it runs within the grace
    }
  }

  /** On the engine thread, after the outcome is reported. */
  void finished() {
    running = false;
  }

  /** From the thread asking for reset {@code mark}: arms the grace timer if a command runs now. */
  void resetAsked(Session session, long mark) {
    if (running) {
      armGrace(session, mark); // else a command before the mark that starts later arms it
    }
  }

  /**
   * One grace timer at a time per engine, armed only while a command before a reset's mark runs. An interrupt that
   * lands between two statements is lost: it repeats while one runs.
   */
  private void armGrace(Session session, long mark) {
    if (!graceArmed.compareAndSet(false, true)) {
      return;
    }
    QueryTimer.schedule(() -> {
      graceArmed.set(false);
      QueryTimer.repeatWhile(() -> session.interrupts().resetGraceOver(mark) && running, SqliteEngine.ABORT_REPEAT_MILLIS);
      if (running && session.interrupts().resetPending()) {
        armGrace(session, session.interrupts().resetsAsked()); // a later reset, asked while this one was armed
      }
    }, SqliteEngine.CLOSE_GRACE_MILLIS);
  }
}
