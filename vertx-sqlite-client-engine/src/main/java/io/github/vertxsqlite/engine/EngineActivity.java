package io.github.vertxsqlite.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What other threads may know of an engine's work, for the reset of a connection given back to its pool
 * ({@link SqliteEngine#reset}): whether a command runs now, whether every command submitted has run, and whether
 * the session held a transaction or a cursor after the last one. A reset that finds all run and nothing held has
 * nothing to undo and costs no engine hop; one that finds a command running arms the grace timer.
 */
final class EngineActivity {

  private final AtomicLong submitted = new AtomicLong();
  /** Commands run (or failed without running), counted before their outcome is reported; the engine thread writes it. */
  private volatile long ran;
  private volatile boolean holdsState;
  private volatile boolean running;
  private final AtomicBoolean graceArmed = new AtomicBoolean();

  void submitted() {
    submitted.incrementAndGet();
  }

  /** On the engine thread, when a command starts ({@code resetMark}: the reset's own). */
  void starting(Session session, boolean resetMark) {
    running = true;
    if (!resetMark && session.interrupts().resetPending()) {
      armGrace(session, session.interrupts().resetsAsked()); // it came before the mark: it runs within the grace
    }
  }

  /** On the engine thread, once a command has run, just before its outcome is reported. */
  void ran(Session session) {
    holdsState = session.holdsState();
    ran++; // the engine thread alone writes it
  }

  /** On the engine thread, after the outcome is reported. */
  void finished() {
    running = false;
  }

  /** Whether every command submitted has run and left no transaction or cursor open. */
  boolean idleAndClean() {
    return ran == submitted.get() && !holdsState;
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
