package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.impl.command.ExtendedQueryCommand;
import io.vertx.sqliteclient.impl.BatchParameters;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;

/** {@code executeBatch(tuples)}: the engine runs every parameter set atomically, one result each. */
public final class BatchQueryAction<T> extends QueryAction<ExtendedQueryCommand<T>> {

  public BatchQueryAction(SqliteEngineConnection conn, ExtendedQueryCommand<T> cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    BatchParameters parameters = new BatchParameters(cmd.paramsList());
    conn.engine().executeBatch(cmd.sql(), parameters, this::progress, (results, err) -> deliver(results, err, false));
    parameters.encodeAhead(); // while the engine starts on the first rows
  }
}
