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

  /** Results already handed to the command while a batch went on (engine thread only). */
  private int delivered;
  /** A collector failure in one of those runs, reported when the batch ends (context only). */
  private Throwable earlyFailure;

  QueryAction(SqliteEngineConnection conn, C cmd) {
    super(conn, cmd);
  }

  /**
   * Called on the engine thread with a run of results while a batch goes on: decoded there and collected on the
   * context at once, so the event loop works while the engine writes the rest.
   */
  void progress(List<QueryResult> run) {
    List<QueryResults.Decoded> decoded = conn.results().decode(run);
    delivered += run.size();
    conn.onContext(() -> {
      if (earlyFailure == null) {
        earlyFailure = QueryResults.deliver(cmd, decoded);
      }
    });
  }

  /**
   * Called on the engine thread: decodes there, then on the context delivers the results not yet delivered (or
   * the failure) and completes ({@code suspended}: a cursor has more rows).
   */
  void deliver(List<QueryResult> results, Throwable err, boolean suspended) {
    List<QueryResults.Decoded> decoded = err == null ? conn.results().decode(results.subList(delivered, results.size())) : null;
    conn.onContext(() -> {
      Throwable failure = err != null ? err : earlyFailure != null ? earlyFailure : QueryResults.deliver(cmd, decoded);
      if (failure != null) {
        cmd.fail(Failures.toVertx(failure));
      } else {
        cmd.complete(Future.succeededFuture(suspended));
      }
    });
  }
}
