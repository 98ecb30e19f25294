package io.vertx.dqliteclient;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.dqliteclient.impl.DqliteUriParser;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqliteclient.SqliteTransactionMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How to reach a dqlite cluster: the nodes to ask for the leader (any one that answers is enough) and the
 * database to open. {@code host}/{@code port} of {@link SqlConnectOptions} are the first node.
 */
public class DqliteConnectOptions extends SqlConnectOptions {

  public static final int DEFAULT_PORT = 9001;
  public static final String DEFAULT_DATABASE = "db";
  /** How long a connection attempt keeps asking the listed nodes while the cluster has no leader. */
  public static final long DEFAULT_LEADER_TIMEOUT_MILLIS = 10_000;

  /** As on the SQLite driver: how long a statement waits for another connection's write lock. */
  public static final int DEFAULT_BUSY_TIMEOUT = 5000;
  public static final SqliteTransactionMode DEFAULT_TRANSACTION_MODE = SqliteTransactionMode.IMMEDIATE;

  private List<SocketAddress> nodes = new ArrayList<>();
  private long leaderTimeoutMillis = DEFAULT_LEADER_TIMEOUT_MILLIS;
  private int busyTimeout = DEFAULT_BUSY_TIMEOUT;
  private long queryTimeout;
  private SqliteTransactionMode transactionMode = DEFAULT_TRANSACTION_MODE;

  public DqliteConnectOptions() {
    setPort(DEFAULT_PORT);
    setDatabase(DEFAULT_DATABASE);
  }

  public DqliteConnectOptions(JsonObject json) {
    super(json);
    if (json.getValue("port") == null) {
      setPort(DEFAULT_PORT);
    }
    if (json.getValue("database") == null) {
      setDatabase(DEFAULT_DATABASE);
    }
    JsonArray list = json.getJsonArray("nodes");
    if (list != null) {
      for (Object node : list) {
        nodes.add(DqliteUriParser.node((String) node));
      }
    }
    leaderTimeoutMillis = json.getLong("leaderTimeoutMillis", DEFAULT_LEADER_TIMEOUT_MILLIS);
    busyTimeout = json.getInteger("busyTimeout", DEFAULT_BUSY_TIMEOUT);
    queryTimeout = json.getLong("queryTimeout", 0L);
    transactionMode = SqliteTransactionMode.valueOf(json.getString("transactionMode", DEFAULT_TRANSACTION_MODE.name()));
  }

  public DqliteConnectOptions(SqlConnectOptions other) {
    super(other);
    if (other instanceof DqliteConnectOptions) {
      DqliteConnectOptions o = (DqliteConnectOptions) other;
      nodes = new ArrayList<>(o.nodes);
      leaderTimeoutMillis = o.leaderTimeoutMillis;
      busyTimeout = o.busyTimeout;
      queryTimeout = o.queryTimeout;
      transactionMode = o.transactionMode;
    } else if (other.getPort() == 0) {
      setPort(DEFAULT_PORT);
    }
  }

  /**
   * dqlite has no users: non-null placeholders, as SqliteConnectOptions has, keep code that copies options into a
   * plain SqlConnectOptions working (its setUser and setPassword refuse null). Runs in the super constructor, so it
   * touches no field of this class.
   */
  @Override
  protected void init() {
    super.init();
    setUser("");
    setPassword("");
  }

  /** Options from a {@code dqlite://host:port[,host:port...]/database} URI. */
  public static DqliteConnectOptions fromUri(String uri) {
    JsonObject json = DqliteUriParser.parse(uri);
    if (json == null) {
      throw new IllegalArgumentException("Not a dqlite URI: " + uri);
    }
    return new DqliteConnectOptions(json);
  }

  public static DqliteConnectOptions wrap(SqlConnectOptions options) {
    return options instanceof DqliteConnectOptions ? (DqliteConnectOptions) options : new DqliteConnectOptions(options);
  }

  /** The nodes to ask for the leader, in order; when empty, {@code host:port}. */
  public List<SocketAddress> getNodes() {
    if (nodes.isEmpty()) {
      return List.of(SocketAddress.inetSocketAddress(getPort(), getHost()));
    }
    return nodes;
  }

  public DqliteConnectOptions setNodes(List<SocketAddress> nodes) {
    this.nodes = new ArrayList<>(nodes);
    if (!nodes.isEmpty()) {
      setHost(nodes.get(0).host());
      setPort(nodes.get(0).port());
    }
    return this;
  }

  public DqliteConnectOptions addNode(String host, int port) {
    if (nodes.isEmpty()) {
      setHost(host);
      setPort(port);
    }
    nodes.add(SocketAddress.inetSocketAddress(port, host));
    return this;
  }

  public long getLeaderTimeoutMillis() {
    return leaderTimeoutMillis;
  }

  /** How long connecting keeps asking the nodes for a leader (during an election) before it fails. */
  public DqliteConnectOptions setLeaderTimeoutMillis(long leaderTimeoutMillis) {
    if (leaderTimeoutMillis < 0) {
      throw new IllegalArgumentException("leaderTimeoutMillis must be >= 0");
    }
    this.leaderTimeoutMillis = leaderTimeoutMillis;
    return this;
  }

  public int getBusyTimeout() {
    return busyTimeout;
  }

  /**
   * How long (ms) a statement retries while another connection holds the database's write lock (SQLITE_BUSY),
   * as SQLite's busy timeout does on a file; 0 fails at once. The leader does not wait itself: the driver
   * resends the statement, which is safe because a statement refused with SQLITE_BUSY changed nothing.
   */
  public DqliteConnectOptions setBusyTimeout(int busyTimeout) {
    if (busyTimeout < 0) {
      throw new IllegalArgumentException("busyTimeout must be >= 0, got " + busyTimeout);
    }
    this.busyTimeout = busyTimeout;
    return this;
  }

  public long getQueryTimeout() {
    return queryTimeout;
  }

  /**
   * How long (ms) a statement may take before it fails with SQLITE_INTERRUPT; 0 (the default) waits for ever.
   * dqlite 1.11 reads no request while it runs a statement, so the statement cannot be interrupted: the
   * connection is closed instead, and the leader rolls back what that connection had not committed (a write
   * already sent may have committed: the error says so). Not applied to the rows of a cursor.
   */
  public DqliteConnectOptions setQueryTimeout(long queryTimeout) {
    if (queryTimeout < 0) {
      throw new IllegalArgumentException("queryTimeout must be >= 0, got " + queryTimeout);
    }
    this.queryTimeout = queryTimeout;
    return this;
  }

  public SqliteTransactionMode getTransactionMode() {
    return transactionMode;
  }

  /**
   * How {@code begin()} and {@code withTransaction} start transactions (default IMMEDIATE, as on the SQLite
   * driver): IMMEDIATE takes the write lock at BEGIN, where waiting for it is safe, instead of failing with
   * SQLITE_BUSY in the middle of the transaction.
   */
  public DqliteConnectOptions setTransactionMode(SqliteTransactionMode transactionMode) {
    this.transactionMode = java.util.Objects.requireNonNull(transactionMode);
    return this;
  }

  @Override
  public DqliteConnectOptions setHost(String host) {
    return (DqliteConnectOptions) super.setHost(host);
  }

  @Override
  public DqliteConnectOptions setPort(int port) {
    return (DqliteConnectOptions) super.setPort(port);
  }

  @Override
  public DqliteConnectOptions setDatabase(String database) {
    return (DqliteConnectOptions) super.setDatabase(database);
  }

  @Override
  public DqliteConnectOptions setCachePreparedStatements(boolean cachePreparedStatements) {
    return (DqliteConnectOptions) super.setCachePreparedStatements(cachePreparedStatements);
  }

  @Override
  public JsonObject toJson() {
    JsonObject json = super.toJson();
    JsonArray list = new JsonArray();
    for (SocketAddress node : nodes) {
      list.add(node.host() + ":" + node.port());
    }
    json.put("nodes", list);
    json.put("leaderTimeoutMillis", leaderTimeoutMillis);
    json.put("busyTimeout", busyTimeout);
    json.put("queryTimeout", queryTimeout);
    json.put("transactionMode", transactionMode.name());
    return json;
  }
}
