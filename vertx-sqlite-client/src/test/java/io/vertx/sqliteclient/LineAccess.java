package io.vertx.sqliteclient;

import io.github.vertxsqlite.engine.SqliteEngine;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.internal.SqlConnectionInternal;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;
import io.vertx.sqliteclient.spi.SqliteDriver;

/** What the shared tests reach below the public API, for Vert.x 5, whose internal packages differ from the other line's. */
final class LineAccess {

  private LineAccess() {
  }

  /** The engine under a standalone or pooled connection. */
  static SqliteEngine engine(SqlConnection conn) {
    return ((SqliteEngineConnection) ((SqlConnectionInternal) conn).unwrap().unwrap()).engine();
  }

  /** The database system name the connection reports to tracing and metrics. */
  static String system(SqlConnection conn) {
    return ((SqlConnectionInternal) conn).unwrap().system();
  }

  /** Generic options made SQLite options: the driver SPI's own downcast. */
  static SqliteConnectOptions downcast(SqlConnectOptions options) {
    return SqliteDriver.INSTANCE.downcast(options);
  }
}
