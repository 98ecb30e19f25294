package io.vertx.dqliteclient.impl;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import io.vertx.dqliteclient.DqliteConnectOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the cluster's leader: asks the listed nodes, in turn, which node leads (the last leader found is asked
 * first), connects there and opens the database. While the cluster elects a leader (no node knows one, or none
 * answers), it asks again every {@value #RETRY_MILLIS} ms until the options' leader timeout. A connection factory
 * has one, so its pools go to the last leader first.
 */
final class LeaderSearch {

  static final long RETRY_MILLIS = 100;
  /** The most one node may take to accept a connection and answer the requests that set it up. */
  static final long CONNECT_TIMEOUT_MILLIS = 2_000;

  /** Opens a socket to a node, with the codec in its pipeline, within {@code timeoutMillis}. */
  interface Connector {
    Future<NodeConnection> connect(SocketAddress node, int timeoutMillis);
  }

  private final Vertx vertx;
  private volatile SocketAddress lastLeader;

  LeaderSearch(Vertx vertx) {
    this.vertx = vertx;
  }

  /** A connection to the leader with the options' database open. */
  Future<NodeConnection> leader(DqliteConnectOptions options, Connector connector) {
    long deadline = System.nanoTime() + options.getLeaderTimeoutMillis() * 1_000_000;
    Promise<NodeConnection> promise = Promise.promise();
    round(options, connector, deadline, promise);
    return promise.future();
  }

  private void round(DqliteConnectOptions options, Connector connector, long deadline, Promise<NodeConnection> promise) {
    Set<SocketAddress> nodes = new LinkedHashSet<>();
    SocketAddress known = lastLeader;
    if (known != null) {
      nodes.add(known);
    }
    nodes.addAll(options.getNodes());
    List<String> reasons = new ArrayList<>();
    tryNode(new ArrayList<>(nodes), 0, options, connector, reasons).onComplete(ar -> {
      if (ar.succeeded()) {
        promise.complete(ar.result());
      } else if (System.nanoTime() - deadline < 0) {
        vertx.setTimer(RETRY_MILLIS, t -> round(options, connector, deadline, promise));
      } else {
        promise.fail(Failures.noLeader("No leader found among " + options.getNodes() + " within "
          + options.getLeaderTimeoutMillis() + " ms: " + String.join("; ", reasons)));
      }
    });
  }

  /** Asks node {@code i}; on no answer or no leader, the next one. */
  private Future<NodeConnection> tryNode(List<SocketAddress> nodes, int i, DqliteConnectOptions options,
                                         Connector connector, List<String> reasons) {
    if (i == nodes.size()) {
      return Future.failedFuture("no node answered with a leader");
    }
    SocketAddress node = nodes.get(i);
    return viaNode(node, options, connector)
      .recover(err -> {
        reasons.add(node + ": " + err.getMessage());
        return tryNode(nodes, i + 1, options, connector, reasons);
      });
  }

  /** Connects to {@code node}; if it leads, opens the database there, otherwise follows it to the leader it names. */
  private Future<NodeConnection> viaNode(SocketAddress node, DqliteConnectOptions options, Connector connector) {
    return socket(node, options, connector).compose(conn -> conn.leader().compose(leader -> {
      if (leader.isEmpty()) {
        conn.closeSocket();
        return Future.failedFuture("knows no leader");
      }
      if (sameNode(leader, node)) {
        return opened(conn, node, options);
      }
      conn.closeSocket();
      SocketAddress leaderAddress = DqliteUriParser.node(leader);
      return socket(leaderAddress, options, connector).compose(direct -> direct.leader().compose(confirmed -> {
        if (!sameNode(confirmed, leaderAddress)) {
          direct.closeSocket();
          return Future.failedFuture("named " + leader + " as leader, which says the leader is '" + confirmed + "'");
        }
        return opened(direct, leaderAddress, options);
      }));
    }, err -> {
      conn.closeSocket();
      return Future.failedFuture(err);
    }));
  }

  private Future<NodeConnection> opened(NodeConnection conn, SocketAddress leader, DqliteConnectOptions options) {
    return conn.open(options.getDatabase()).map(v -> {
      lastLeader = leader;
      return conn;
    }).onFailure(err -> conn.closeSocket());
  }

  private Future<NodeConnection> socket(SocketAddress node, DqliteConnectOptions options, Connector connector) {
    // a node that drops packets must not hold the search past the leader timeout (NetClient's default is 60 s)
    int timeout = (int) Math.max(1, Math.min(CONNECT_TIMEOUT_MILLIS, options.getLeaderTimeoutMillis()));
    return connector.connect(node, timeout).map(conn -> {
      // a node that accepts but does not answer (hung, overloaded) is left for the next one: the handshake and
      // the requests that set the connection up must be answered in time, or the socket is closed
      vertx.setTimer(timeout, t -> {
        if (!conn.ready()) {
          conn.closeSocket();
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
