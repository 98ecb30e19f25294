package io.github.vertxsqlite.engine;

import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * {@code sqlite3_interrupt} from other threads (the query timer, a closing engine, a connection given back to its
 * pool), kept from reaching a closed handle or a command it was not meant for, and what a close whose grace is
 * over, or a reset not reached yet, means for the statements before it: they fail.
 */
final class Interrupts {

  private final SQLiteConnection conn;
  private final Object lock = new Object();
  private boolean closed;
  /** The engine is closing and its grace is over (set from another thread). */
  private volatile boolean aborting;
  /**
   * Resets asked for ({@link SqliteEngine#reset}), those whose grace is over (the commands before them fail) and
   * those reached by the engine thread; written under {@code lock}.
   */
  private volatile long resetsAsked;
  private volatile long resetsDue;
  private volatile long resetsReached;
  /** The engine thread while it runs a caller's transaction work: interrupted too, so a blocking wait there ends. */
  private Thread workThread;

  Interrupts(SQLiteConnection conn) {
    this.conn = conn;
  }

  /** Interrupts the running statement, if the connection is still open. */
  void interrupt() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      try {
        conn.getDatabase().interrupt();
      } catch (SQLException ignore) {
        // the connection is closing: nothing left to interrupt
      }
      if (workThread != null) {
        workThread.interrupt();
      }
    }
  }

  /** On the engine thread: transaction work starts ({@link TransactionScope}); interrupts reach its thread too. */
  void workStarted(Thread thread) {
    synchronized (lock) {
      workThread = thread;
    }
  }

  /** On the engine thread: the work is over; the caller clears an interrupt that came before. */
  void workEnded() {
    synchronized (lock) {
      workThread = null;
    }
  }

  /** A close whose grace is over: interrupts the running statement and fails every later one. */
  void abort() {
    aborting = true;
    interrupt();
  }

  /** Whether a close's grace is over: queued commands fail without running. */
  boolean aborting() {
    return aborting;
  }

  /** Asks for a reset; its mark. The commands before it run on until its grace is over ({@link #resetGraceOver}). */
  long askReset() {
    synchronized (lock) {
      return ++resetsAsked;
    }
  }

  /** On the engine thread: a reset's mark is reached, so no interrupt aimed at earlier commands lands from now on. */
  void resetReached(long mark) {
    synchronized (lock) {
      resetsReached = Math.max(resetsReached, mark);
    }
  }

  /** Whether a reset is asked and not reached: what runs now came before its mark. */
  boolean resetPending() {
    return resetsReached < resetsAsked;
  }

  long resetsAsked() {
    return resetsAsked;
  }

  /** Whether the grace of a reset not reached is over: what runs or is dequeued now fails instead. */
  boolean resetDue() {
    return resetsReached < resetsDue;
  }

  /**
   * The grace of reset {@code mark} is over: the commands before it fail, and the running statement is
   * interrupted; false once the mark is reached (nothing left to stop).
   */
  boolean resetGraceOver(long mark) {
    synchronized (lock) {
      if (closed || resetsReached >= mark) {
        return false;
      }
      resetsDue = Math.max(resetsDue, mark);
      interrupt();
      return true;
    }
  }

  void checkNotAborted() throws SqliteError {
    if (aborting) {
      throw ErrorMapping.closed("the close interrupted the connection");
    }
    if (resetDue()) {
      throw ErrorMapping.closed("the connection was given back to its pool while this command ran or waited");
    }
  }

  /** What a command that threw reports: a failure of a statement a close (or a pooled close) interrupted says so. */
  Throwable failure(Throwable failure) {
    Throwable reported = ErrorMapping.report(failure);
    if ((aborting || resetDue()) && reported instanceof SqliteError && ((SqliteError) reported).extendedCode() != SQLiteErrorCode.SQLITE_MISUSE.code) {
      return ErrorMapping.closedWhileRunning(failure);
    }
    return reported;
  }

  /**
   * No interrupt reaches the handle from now on. An interrupt still pending would stop the checkpoint that
   * closing the last connection runs: SQLite clears it when a statement starts with none running.
   */
  void closing() {
    synchronized (lock) {
      closed = true;
    }
    if (aborting) {
      try {
        conn.getDatabase()._exec("SELECT 1");
      } catch (SQLException ignore) {
        // closing goes on regardless
      }
    }
  }
}
