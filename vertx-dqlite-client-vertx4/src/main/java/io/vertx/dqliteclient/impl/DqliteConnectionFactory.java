package io.vertx.dqliteclient.impl;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.impl.NetSocketInternal;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.impl.Connection;
import io.vertx.sqlclient.impl.ConnectionFactoryBase;
import java.util.function.Supplier;

/**
 * Opens connections to the cluster's leader (Vert.x 4.5): the {@link LeaderSearch} decides where, on sockets from
 * this factory's NetClients (on this line the connect options are the NetClient's options too).
 */
public final class DqliteConnectionFactory extends ConnectionFactoryBase {

  private final LeaderSearch search;

  public DqliteConnectionFactory(VertxInternal vertx, Supplier<? extends Future<? extends SqlConnectOptions>> options) {
    super(vertx, options);
    this.search = new LeaderSearch(vertx);
  }

  @Override
  public Future<SqlConnection> connect(Context context, SqlConnectOptions connectOptions) {
    ContextInternal ctx = (ContextInternal) context;
    Promise<SqlConnection> promise = ctx.promise();
    connect(asEventLoopContext(ctx), DqliteConnectOptions.wrap(connectOptions))
      .map(conn -> {
        DqliteConnectionImpl sqlConn = new DqliteConnectionImpl(ctx, this, conn);
        conn.init(sqlConn);
        return (SqlConnection) sqlConn;
      })
      .onComplete(promise);
    return promise.future();
  }

  @Override
  protected Future<Connection> doConnectInternal(SqlConnectOptions connectOptions, ContextInternal context) {
    DqliteConnectOptions options = DqliteConnectOptions.wrap(connectOptions);
    Promise<Connection> promise = context.promise();
    search.leader(options, (node, timeout) -> socket(node, timeout, options, context))
      .map(conn -> (Connection) conn)
      .onComplete(promise);
    return promise.future();
  }

  private Future<NodeConnection> socket(SocketAddress node, int timeout, DqliteConnectOptions options, ContextInternal context) {
    Future<io.vertx.core.net.NetSocket> socket;
    try {
      socket = netClient(new NetClientOptions(options).setConnectTimeout(timeout)).connect(node);
    } catch (RuntimeException closed) {
      return Future.failedFuture(closed); // the factory was closed
    }
    return socket.map(so -> {
      VertxMetrics vertxMetrics = vertx.metricsSPI();
      ClientMetrics metrics = vertxMetrics != null
        ? vertxMetrics.createClientMetrics(node, "sql", options.getMetricsName()) : null;
      DqliteSocketConnection conn = new DqliteSocketConnection((NetSocketInternal) so, metrics, options,
        node.host() + ":" + node.port(), context);
      conn.init();
      return conn;
    });
  }
}
