package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.internal.command.TxCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;

/**
 * {@code begin()}, {@code commit()}, {@code rollback()}: the engine begins in the configured transaction mode
 * and tracks the transaction to hold the database's writer gate for exactly its duration. {@code begin()}
 * completes at once: the engine runs BEGIN just before the transaction's first statement, so a transaction
 * costs one round trip less (a failing BEGIN fails that first statement).
 */
public final class TxAction<R> extends Action<TxCommand<R>, R> {

  public TxAction(SqliteEngineConnection conn, TxCommand<R> cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    switch (cmd.kind) {
      case BEGIN:
        conn.engine().beginWithNextCommand();
        succeed(cmd.result);
        break;
      case COMMIT:
        conn.engine().commit(completeWith(cmd.result));
        break;
      default:
        conn.engine().rollback(completeWith(cmd.result));
    }
  }
}
