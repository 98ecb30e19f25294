package io.vertx.dqliteclient.tck;

import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.DqliteConnection;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Supplier;

/**
 * Opens standalone connections for the TCK, with the options read at each connect (some tests change them between
 * connections). It keeps no reference to them: the TCK checks connections can be garbage collected; those a test
 * leaves open close with the test's Vert.x instance.
 */
final class TckConnector implements Connector<SqlConnection> {

  private final Vertx vertx;
  private final Supplier<DqliteConnectOptions> options;

  TckConnector(Vertx vertx, Supplier<DqliteConnectOptions> options) {
    this.vertx = vertx;
    this.options = options;
  }

  @Override
  public void connect(Handler<AsyncResult<SqlConnection>> handler) {
    DqliteConnection.connect(vertx, options.get()).onComplete(handler);
  }

  @Override
  public void close() {
    // nothing held: see the class comment
  }
}
