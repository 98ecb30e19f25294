package io.vertx.sqliteclient.tck;

import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import java.util.function.Supplier;

/**
 * Opens standalone connections for the TCK. It keeps no reference to them (the TCK checks connections can
 * be garbage collected); those a test leaves open close with the test's Vert.x instance.
 */
final class TckConnector implements Connector<SqlConnection> {

  private final Vertx vertx;
  private final Supplier<SqliteConnectOptions> options;

  TckConnector(Vertx vertx, SqliteConnectOptions options) {
    this(vertx, () -> options);
  }

  /** Options read at each connect, for tests that change them between connections. */
  TckConnector(Vertx vertx, Supplier<SqliteConnectOptions> options) {
    this.vertx = vertx;
    this.options = options;
  }

  @Override
  public void connect(Handler<AsyncResult<SqlConnection>> handler) {
    SqliteConnection.connect(vertx, options.get()).onComplete(ar -> handler.handle(ar.map(c -> (SqlConnection) c)));
  }

  @Override
  public void close() {
    // nothing held: see the class comment
  }
}
