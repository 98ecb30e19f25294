package io.vertx.sqliteclient.impl.command;

import io.github.vertxsqlite.engine.QueryResult;
import io.vertx.sqliteclient.impl.EngineLink;
import io.vertx.sqliteclient.impl.Failures;
import io.vertx.sqliteclient.impl.QueryCommandView;
import io.vertx.sqliteclient.impl.QueryResults;
import java.util.List;

/** An action whose outcome is rows and counts, delivered through the command's collector. */
abstract class QueryAction extends Action<Boolean> {

  protected final QueryCommandView<?> query;
  /** Results already handed to the command while a batch went on (engine thread only). */
  private int delivered;
  /** A collector failure in one of those runs, reported when the batch ends (context only). */
  private Throwable earlyFailure;

  QueryAction(EngineLink link, QueryCommandView<?> query) {
    super(link, query);
    this.query = query;
  }

  /**
   * Called on the engine thread with a run of results while a batch goes on: decoded there and collected on the
   * context at once, so the event loop works while the engine writes the rest.
   */
  void progress(List<QueryResult> run) {
    List<QueryResults.Decoded> decoded = link.results().decode(run);
    delivered += run.size();
    link.onContext(() -> {
      if (earlyFailure == null) {
        earlyFailure = QueryResults.deliver(query, decoded);
      }
    });
  }

  /**
   * Called on the engine thread: decodes there, then on the context delivers the results not yet delivered (or
   * the failure) and completes ({@code suspended}: a cursor has more rows).
   */
  void deliver(List<QueryResult> results, Throwable err, boolean suspended) {
    List<QueryResults.Decoded> decoded = err == null ? link.results().decode(results.subList(delivered, results.size())) : null;
    link.onContext(() -> {
      Throwable failure = err != null ? err : earlyFailure != null ? earlyFailure : QueryResults.deliver(query, decoded);
      if (failure != null) {
        query.fail(Failures.toVertx(failure));
      } else {
        query.succeed(suspended);
      }
    });
  }
}
