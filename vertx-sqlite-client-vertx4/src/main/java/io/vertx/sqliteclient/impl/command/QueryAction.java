package io.vertx.sqliteclient.impl.command;

import io.github.vertxsqlite.engine.QueryResult;
import io.vertx.core.Future;
import io.vertx.sqlclient.impl.command.QueryCommandBase;
import io.vertx.sqliteclient.impl.Failures;
import io.vertx.sqliteclient.impl.QueryResults;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;
import java.util.List;

/** An action whose outcome is rows and counts, delivered through the command's collector. */
abstract class QueryAction<C extends QueryCommandBase<?>> extends Action<C, Boolean> {

  QueryAction(SqliteEngineConnection conn, C cmd) {
    super(conn, cmd);
  }

  /**
   * Called on the engine thread: decodes there, then on the context delivers the results (or the failure)
   * and completes ({@code suspended}: a cursor has more rows).
   */
  void deliver(List<QueryResult> results, Throwable err, boolean suspended) {
    List<QueryResults.Decoded> decoded = err == null ? conn.results().decode(results) : null;
    conn.onContext(() -> {
      Throwable failure = err != null ? err : QueryResults.deliver(cmd, decoded);
      if (failure != null) {
        cmd.fail(Failures.toVertx(failure));
      } else {
        cmd.complete(Future.succeededFuture(suspended));
      }
    });
  }
}
