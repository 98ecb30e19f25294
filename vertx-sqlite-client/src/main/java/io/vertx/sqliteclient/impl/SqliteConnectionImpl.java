package io.vertx.sqliteclient.impl;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.SqlConnectionBase;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import io.vertx.sqliteclient.spi.SqliteDriver;

/** The user-facing connection: the SQL client's connection API over an {@link SqliteEngineConnection}. */
public class SqliteConnectionImpl extends SqlConnectionBase<SqliteConnectionImpl> implements SqliteConnection {

  public SqliteConnectionImpl(ContextInternal context, ConnectionFactory<SqliteConnectOptions> factory, Connection conn) {
    super(context, factory, conn, SqliteDriver.INSTANCE);
  }

  public static Future<SqliteConnection> connect(Vertx vertx, SqliteConnectOptions options) {
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    SqliteConnectionFactory factory = new SqliteConnectionFactory();
    return prepareForClose(ctx, factory.connect(ctx, options)).map(SqliteConnection::cast);
  }
}
