package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.impl.command.ExtendedQueryCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;
import io.vertx.sqliteclient.impl.Values;
import java.util.List;

/**
 * A {@code Cursor} read or a {@code RowStream} fetch: the first one runs the query and keeps the statement
 * open on the engine, each one returns the next {@code fetch} rows and whether more remain.
 */
public final class CursorQueryAction<T> extends QueryAction<ExtendedQueryCommand<T>> {

  public CursorQueryAction(SqliteEngineConnection conn, ExtendedQueryCommand<T> cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    Object[] params = Values.encode(cmd.params());
    conn.engine().fetch(cmd.cursorId(), cmd.sql(), params, cmd.fetch(),
      (result, err) -> deliver(err == null ? List.of(result) : null, err, err == null && result.suspended()));
  }
}
