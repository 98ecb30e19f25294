package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.impl.command.TxCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;

/**
 * {@code begin()}, {@code commit()}, {@code rollback()}: the engine begins in the configured transaction mode
 * and tracks the transaction to hold the database's writer gate for exactly its duration.
 */
public final class TxAction<R> extends Action<TxCommand<R>, R> {

  public TxAction(SqliteEngineConnection conn, TxCommand<R> cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    switch (cmd.kind) {
      case BEGIN:
        conn.engine().begin(completeWith(cmd.result));
        break;
      case COMMIT:
        conn.engine().commit(completeWith(cmd.result));
        break;
      default:
        conn.engine().rollback(completeWith(cmd.result));
    }
  }
}
