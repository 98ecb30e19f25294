package io.github.vertxsqlite.engine;

import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * {@code sqlite3_interrupt} from other threads (the query timer, a closing engine), kept from reaching a closed
 * handle, and what a close whose grace is over means for the statements that follow: they fail.
 */
final class Interrupts {

  private final SQLiteConnection conn;
  private final Object lock = new Object();
  private boolean closed;
  /** The engine is closing and its grace is over (set from another thread). */
  private volatile boolean aborting;

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
    }
  }

  /** A close whose grace is over: interrupts the running statement and fails every later one. */
  void abort() {
    aborting = true;
    interrupt();
  }

  void checkNotAborted() throws SqliteError {
    if (aborting) {
      throw ErrorMapping.closed("the close interrupted the connection");
    }
  }

  /** What a command that threw reports: a failure of a statement the close interrupted says so. */
  Throwable failure(Throwable failure) {
    Throwable reported = ErrorMapping.report(failure);
    if (aborting && reported instanceof SqliteError && ((SqliteError) reported).extendedCode() != SQLiteErrorCode.SQLITE_MISUSE.code) {
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
