package io.vertx.dqliteclient.impl;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.ConnectOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.impl.ConnectionFactoryBase;
import io.vertx.sqlclient.internal.Connection;

/**
 * Opens connections to the cluster's leader (Vert.x 5): the {@link LeaderSearch} decides where, on sockets from
 * this factory's NetClient.
 */
public final class DqliteConnectionFactory extends ConnectionFactoryBase<DqliteConnectOptions> {

  private final LeaderSearch search;

  public DqliteConnectionFactory(VertxInternal vertx, NetClientOptions transportOptions) {
    super(vertx, transportOptions == null ? new NetClientOptions() : transportOptions);
    this.search = new LeaderSearch(vertx);
  }

  @Override
  public Future<SqlConnection> connect(Context context, DqliteConnectOptions options) {
    ContextInternal ctx = (ContextInternal) context;
    Promise<SqlConnection> promise = ctx.promise();
    connect(asEventLoopContext(ctx), options)
      .map(conn -> {
        DqliteConnectionImpl sqlConn = new DqliteConnectionImpl(ctx, this, conn);
        conn.init(sqlConn);
        return (SqlConnection) sqlConn;
      })
      .onComplete(promise);
    return promise.future();
  }

  @Override
  protected Future<Connection> doConnectInternal(DqliteConnectOptions options, ContextInternal context) {
    Promise<Connection> promise = context.promise();
    search.leader(options, (node, timeout) -> socket(node, timeout, options, context))
      .map(conn -> (Connection) conn)
      .onComplete(promise);
    return promise.future();
  }

  private Future<NodeConnection> socket(SocketAddress node, int timeout, DqliteConnectOptions options, ContextInternal context) {
    return client.connect(new ConnectOptions().setRemoteAddress(node).setTimeout(timeout)).map(so -> {
      VertxMetrics vertxMetrics = vertx.metrics();
      ClientMetrics metrics = vertxMetrics != null
        ? vertxMetrics.createClientMetrics(node, "sql", options.getMetricsName()) : null;
      DqliteSocketConnection conn = new DqliteSocketConnection((NetSocketInternal) so, metrics, options,
        node.host() + ":" + node.port(), context);
      conn.init();
      return conn;
    });
  }
}
