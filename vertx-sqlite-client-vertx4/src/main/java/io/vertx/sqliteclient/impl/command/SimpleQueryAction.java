package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.impl.command.SimpleQueryCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;

/** {@code conn.query(sql)}: the text may hold several statements, each gives one result. */
public final class SimpleQueryAction<T> extends QueryAction<SimpleQueryCommand<T>> {

  public SimpleQueryAction(SqliteEngineConnection conn, SimpleQueryCommand<T> cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    conn.engine().executeScript(cmd.sql(), (results, err) -> deliver(results, err, false));
  }
}
