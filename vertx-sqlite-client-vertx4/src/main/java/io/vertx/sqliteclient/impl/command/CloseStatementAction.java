package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.impl.command.CloseStatementCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;

/** {@code preparedStatement.close()}: drops the engine's pin on the compiled statement. */
public final class CloseStatementAction extends Action<CloseStatementCommand, Void> {

  public CloseStatementAction(SqliteEngineConnection conn, CloseStatementCommand cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    conn.engine().unprepare(cmd.statement().sql(), completeWith(null));
  }
}
