package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.impl.command.CloseCursorCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;

/** {@code cursor.close()} and the end of a {@code RowStream}: releases the cursor's open statement. */
public final class CloseCursorAction extends Action<CloseCursorCommand, Void> {

  public CloseCursorAction(SqliteEngineConnection conn, CloseCursorCommand cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    conn.engine().closeCursor(cmd.id(), completeWith(null));
  }
}
