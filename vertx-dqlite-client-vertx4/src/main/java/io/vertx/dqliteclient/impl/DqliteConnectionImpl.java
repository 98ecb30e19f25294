package io.vertx.dqliteclient.impl;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.impl.ContextInternal;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.spi.DqliteDriver;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.impl.Connection;
import io.vertx.sqlclient.impl.SqlConnectionBase;
import io.vertx.sqlclient.spi.ConnectionFactory;

/** The SqlConnection users hold (Vert.x 4.5): the SQL client's own, over a {@link DqliteSocketConnection}. */
public final class DqliteConnectionImpl extends SqlConnectionBase<DqliteConnectionImpl> {

  public DqliteConnectionImpl(ContextInternal context, ConnectionFactory factory, Connection conn) {
    super(context, factory, conn, DqliteDriver.INSTANCE);
  }

  /** A connection of its own (its factory closes with it). */
  public static Future<SqlConnection> connect(Context context, DqliteConnectOptions options) {
    ContextInternal ctx = (ContextInternal) context;
    DqliteConnectionFactory factory = new DqliteConnectionFactory(ctx.owner(), () -> Future.succeededFuture(options));
    return prepareForClose(ctx, factory.connect(context, options)
      .onFailure(err -> factory.close(ctx.promise())));
  }
}
