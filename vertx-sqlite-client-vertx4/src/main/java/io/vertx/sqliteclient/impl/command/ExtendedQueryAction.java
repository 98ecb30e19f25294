package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.impl.command.ExtendedQueryCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;
import io.vertx.sqliteclient.impl.Values;
import java.util.List;

/** {@code preparedQuery(sql).execute(tuple)} and a prepared statement's query: one statement, all rows. */
public final class ExtendedQueryAction<T> extends QueryAction<ExtendedQueryCommand<T>> {

  public ExtendedQueryAction(SqliteEngineConnection conn, ExtendedQueryCommand<T> cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    Object[] params = Values.encode(cmd.params());
    conn.engine().execute(cmd.sql(), params, (result, err) -> deliver(err == null ? List.of(result) : null, err, false));
  }
}
