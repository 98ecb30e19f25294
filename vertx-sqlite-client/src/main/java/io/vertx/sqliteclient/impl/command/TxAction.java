package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.internal.command.TxCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;

/** {@code begin()}, {@code commit()}, {@code rollback()} as SQLite statements. */
public final class TxAction<R> extends Action<TxCommand<R>, R> {

  private static final Object[] NO_PARAMS = new Object[0];

  public TxAction(SqliteEngineConnection conn, TxCommand<R> cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    conn.engine().execute(cmd.kind.sql, NO_PARAMS, completeWith(cmd.result));
  }
}
