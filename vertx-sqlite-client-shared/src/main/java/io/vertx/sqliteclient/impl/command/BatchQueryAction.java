package io.vertx.sqliteclient.impl.command;

import io.vertx.sqliteclient.impl.BatchParameters;
import io.vertx.sqliteclient.impl.EngineLink;
import io.vertx.sqliteclient.impl.QueryCommandView;

/** {@code executeBatch(tuples)}: the engine runs every parameter set atomically, one result each. */
public final class BatchQueryAction extends QueryAction {

  public BatchQueryAction(EngineLink link, QueryCommandView<?> query) {
    super(link, query);
  }

  @Override
  public void run() {
    BatchParameters parameters = new BatchParameters(query.paramsList());
    link.engine().executeBatch(query.sql(), parameters, this::progress, (results, err) -> deliver(results, err, false));
    parameters.encodeAhead(); // while the engine starts on the first rows
  }
}
