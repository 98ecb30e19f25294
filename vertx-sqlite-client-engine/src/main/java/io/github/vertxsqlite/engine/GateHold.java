package io.github.vertxsqlite.engine;

import org.sqlite.SQLiteErrorCode;

/**
 * One connection's hold on its file's {@link WriterGate}: taken before a write, kept while a transaction or a
 * writing cursor (an {@code UPDATE … RETURNING} read a few rows at a time) is open, given back as soon as neither
 * is. A private in-memory database has no gate, and every call is then free.
 */
final class GateHold {

  private final WriterGate gate;
  private final long timeoutMillis;
  private boolean held;
  private int writeCursors;

  GateHold(WriterGate gate, long timeoutMillis) {
    this.gate = gate;
    this.timeoutMillis = timeoutMillis;
  }

  /** Takes the gate unless held already; fails with SQLITE_BUSY after the busy timeout. */
  void acquire() throws SqliteError {
    if (gate == null || held) {
      return;
    }
    try {
      if (!gate.tryAcquire(timeoutMillis)) {
        throw ErrorMapping.error(SQLiteErrorCode.SQLITE_BUSY, "database is locked: another connection of this process kept the write lock for more than "
          + timeoutMillis + " ms (busy timeout)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_INTERRUPT, "interrupted while waiting for the write lock");
    }
    held = true;
  }

  /** Gives the gate back unless a transaction or a writing cursor still needs it. */
  void releaseUnlessNeeded(boolean inTransaction) {
    if (!inTransaction && writeCursors == 0) {
      release();
    }
  }

  /** A cursor over a writing statement opened: the statement holds SQLite's write lock, the gate stays with it. */
  void writeCursorOpened() {
    writeCursors++;
  }

  void writeCursorClosed(boolean inTransaction) {
    writeCursors--;
    releaseUnlessNeeded(inTransaction);
  }

  /** The connection closes: whatever held the gate is gone. */
  void releaseAll() {
    writeCursors = 0;
    release();
  }

  private void release() {
    if (held) {
      held = false;
      gate.release();
    }
  }
}
