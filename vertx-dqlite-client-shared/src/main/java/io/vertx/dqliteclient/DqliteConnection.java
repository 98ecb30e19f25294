package io.vertx.dqliteclient;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.dqliteclient.impl.DqliteConnectionImpl;
import io.vertx.sqlclient.SqlConnection;

/** A single connection to the leader of a dqlite cluster (a pool is what most services want). */
public interface DqliteConnection {

  static Future<SqlConnection> connect(Vertx vertx, DqliteConnectOptions options) {
    return DqliteConnectionImpl.connect(vertx.getOrCreateContext(), options);
  }

  static Future<SqlConnection> connect(Vertx vertx, String uri) {
    return connect(vertx, DqliteConnectOptions.fromUri(uri));
  }
}
