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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Connects to the cluster's leader: asks the listed nodes, in turn, which node leads (the last leader found is
 * asked first), connects there and opens the database. While the cluster elects a leader (no node knows one, or
 * none answers), it asks again every {@value #RETRY_MILLIS} ms until the options' leader timeout.
 */
public final class DqliteConnectionFactory extends ConnectionFactoryBase<DqliteConnectOptions> {

  static final long RETRY_MILLIS = 100;
  /** The most one node may take to accept a connection before the next one is asked. */
  static final long CONNECT_TIMEOUT_MILLIS = 2_000;

  private volatile SocketAddress lastLeader;

  public DqliteConnectionFactory(VertxInternal vertx, NetClientOptions transportOptions) {
    super(vertx, transportOptions == null ? new NetClientOptions() : transportOptions);
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
    long deadline = System.nanoTime() + options.getLeaderTimeoutMillis() * 1_000_000;
    Promise<Connection> promise = context.promise();
    searchRound(options, context, deadline, promise);
    return promise.future();
  }

  private void searchRound(DqliteConnectOptions options, ContextInternal context, long deadline, Promise<Connection> promise) {
    Set<SocketAddress> nodes = new LinkedHashSet<>();
    SocketAddress known = lastLeader;
    if (known != null) {
      nodes.add(known);
    }
    nodes.addAll(options.getNodes());
    List<String> reasons = new ArrayList<>();
    tryNode(new ArrayList<>(nodes), 0, options, context, reasons).onComplete(ar -> {
      if (ar.succeeded()) {
        promise.complete(ar.result());
      } else if (System.nanoTime() - deadline < 0) {
        vertx.setTimer(RETRY_MILLIS, t -> searchRound(options, context, deadline, promise));
      } else {
        promise.fail(Failures.noLeader("No leader found among " + options.getNodes() + " within "
          + options.getLeaderTimeoutMillis() + " ms: " + String.join("; ", reasons)));
      }
    });
  }

  /** Asks node {@code i}; on no answer or no leader, the next one. */
  private Future<Connection> tryNode(List<SocketAddress> nodes, int i, DqliteConnectOptions options,
                                     ContextInternal context, List<String> reasons) {
    if (i == nodes.size()) {
      return context.failedFuture("no node answered with a leader");
    }
    SocketAddress node = nodes.get(i);
    return viaNode(node, options, context)
      .recover(err -> {
        reasons.add(node + ": " + err.getMessage());
        return tryNode(nodes, i + 1, options, context, reasons);
      });
  }

  /** Connects to {@code node}; if it leads, opens the database there, otherwise follows it to the leader it names. */
  private Future<Connection> viaNode(SocketAddress node, DqliteConnectOptions options, ContextInternal context) {
    return socket(node, options, context).compose(conn -> conn.leader().compose(leader -> {
      if (leader.isEmpty()) {
        conn.socket().close();
        return context.failedFuture("knows no leader");
      }
      if (sameNode(leader, node)) {
        return opened(conn, node, options);
      }
      conn.socket().close();
      SocketAddress leaderAddress = DqliteUriParser.node(leader);
      return socket(leaderAddress, options, context).compose(direct -> direct.leader().compose(confirmed -> {
        if (!sameNode(confirmed, leaderAddress)) {
          direct.socket().close();
          return context.failedFuture("named " + leader + " as leader, which says the leader is '" + confirmed + "'");
        }
        return opened(direct, leaderAddress, options);
      }));
    }, err -> {
      conn.socket().close();
      return context.failedFuture(err);
    }));
  }

  private Future<Connection> opened(DqliteSocketConnection conn, SocketAddress leader, DqliteConnectOptions options) {
    return conn.open(options.getDatabase()).map(v -> {
      lastLeader = leader;
      return (Connection) conn;
    }).onFailure(err -> conn.socket().close());
  }

  private Future<DqliteSocketConnection> socket(SocketAddress node, DqliteConnectOptions options, ContextInternal context) {
    // a node that drops packets must not hold the search past the leader timeout (NetClient's default is 60 s)
    int timeout = (int) Math.max(1, Math.min(CONNECT_TIMEOUT_MILLIS, options.getLeaderTimeoutMillis()));
    return client.connect(new ConnectOptions().setRemoteAddress(node).setTimeout(timeout)).map(so -> {
      VertxMetrics vertxMetrics = vertx.metrics();
      ClientMetrics metrics = vertxMetrics != null
        ? vertxMetrics.createClientMetrics(node, "sql", options.getMetricsName()) : null;
      DqliteSocketConnection conn = new DqliteSocketConnection((NetSocketInternal) so, metrics, options,
        node.host() + ":" + node.port(), context);
      conn.init();
      // a node that accepts but does not answer (hung, overloaded) is left for the next one: the handshake and
      // the requests that set the connection up must be answered in time, or the socket is closed
      vertx.setTimer(timeout, t -> {
        if (!conn.ready()) {
          conn.socket().close();
        }
      });
      return conn;
    });
  }

  private static boolean sameNode(String address, SocketAddress node) {
    SocketAddress a = DqliteUriParser.node(address);
    return a.port() == node.port() && a.host().equalsIgnoreCase(node.host());
  }
}
