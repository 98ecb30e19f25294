package io.github.vertxsqlite.engine;

import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteUpdateListener;

/**
 * SQLite's commit, rollback and update hooks on one connection: they tell the session a transaction ended, and
 * tell the change listener, when one is set, about every changed row and every commit or rollback.
 */
final class Hooks {

  private final SQLiteConnection conn;
  private ChangeListener changeListener;
  private SQLiteUpdateListener updateHook;

  Hooks(SQLiteConnection conn, Runnable transactionEnded) {
    this.conn = conn;
    conn.addCommitListener(new SQLiteCommitListener() {
      @Override
      public void onCommit() {
        transactionEnded.run();
        if (changeListener != null) {
          changeListener.onCommit();
        }
      }

      @Override
      public void onRollback() {
        transactionEnded.run();
        if (changeListener != null) {
          changeListener.onRollback();
        }
      }
    });
  }

  /**
   * Sets (or with {@code null} removes) the change listener. SQLite's update hook calls back for every changed
   * row, so it is installed only while a listener is set.
   */
  void changeListener(ChangeListener listener) {
    if (listener != null && updateHook == null) {
      updateHook = (type, database, table, rowid) -> {
        ChangeListener l = changeListener;
        if (l != null) {
          l.onChange(ChangeListener.Operation.valueOf(type.name()), database, table, rowid);
        }
      };
      conn.addUpdateListener(updateHook);
    } else if (listener == null && updateHook != null) {
      conn.removeUpdateListener(updateHook);
      updateHook = null;
    }
    changeListener = listener;
  }
}
