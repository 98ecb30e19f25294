package io.vertx.sqliteclient.impl.command;

import io.vertx.sqlclient.impl.TupleInternal;
import io.vertx.sqlclient.impl.command.ExtendedQueryCommand;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;
import io.vertx.sqliteclient.impl.Values;
import java.util.List;

/** {@code executeBatch(tuples)}: the engine runs every parameter set atomically, one result each. */
public final class BatchQueryAction<T> extends QueryAction<ExtendedQueryCommand<T>> {

  public BatchQueryAction(SqliteEngineConnection conn, ExtendedQueryCommand<T> cmd) {
    super(conn, cmd);
  }

  @Override
  public void run() {
    List<TupleInternal> tuples = cmd.paramsList();
    conn.engine().executeBatch(cmd.sql(), Values.encodeLazily(tuples), this::progress,
      (results, err) -> deliver(results, err, false));
  }
}
