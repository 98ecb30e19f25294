package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.impl.PreparedStatement;
import io.vertx.sqlclient.impl.command.PrepareStatementCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;
import io.vertx.sqliteclient.impl.SqlitePreparedStatement;

/** {@code conn.prepare(sql)}: compiles on the engine; a managed statement stays compiled until closed. */
public final class PrepareAction extends Action<PrepareStatementCommand, PreparedStatement> {

  public PrepareAction(SqliteEngineConnection conn, PrepareStatementCommand cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    conn.engine().prepare(cmd.sql(), cmd.isManaged(), (info, err) -> {
      if (err != null) {
        fail(err);
      } else {
        succeed(new SqlitePreparedStatement(info));
      }
    });
  }
}
