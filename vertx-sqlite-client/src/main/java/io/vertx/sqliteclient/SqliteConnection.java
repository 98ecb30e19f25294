package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.Fluent;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqliteclient.impl.SqliteConnectionImpl;

/** A connection to an SQLite database, served by a thread of its own. */
@VertxGen
public interface SqliteConnection extends SqlConnection {

  /** Opens a connection; the future completes on the calling context (or a new one). */
  static Future<SqliteConnection> connect(Vertx vertx, SqliteConnectOptions connectOptions) {
    return SqliteConnectionImpl.connect(vertx, connectOptions);
  }

  /** Like {@link #connect(Vertx, SqliteConnectOptions)} with options parsed from a {@code sqlite:} URI. */
  static Future<SqliteConnection> connect(Vertx vertx, String connectionUri) {
    return connect(vertx, SqliteConnectOptions.fromUri(connectionUri));
  }

  @Fluent
  @Override
  SqliteConnection exceptionHandler(Handler<Throwable> handler);

  @Fluent
  @Override
  SqliteConnection closeHandler(Handler<Void> handler);

  /** Casts a connection obtained from a pool of this driver. */
  static SqliteConnection cast(SqlConnection sqlConnection) {
    return (SqliteConnection) sqlConnection;
  }
}
