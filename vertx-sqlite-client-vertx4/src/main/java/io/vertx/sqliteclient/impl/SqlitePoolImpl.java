package io.vertx.sqliteclient.impl;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.impl.CloseFuture;
import io.vertx.core.impl.VertxInternal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.impl.PoolBase;
import java.util.function.Function;

/**
 * The pool users hold (Vert.x 4.5), with two lanes of connections. Connections handed out ({@code getConnection},
 * transactions) come from the exclusive lane, one user at a time as Vert.x pools always do. One-shot queries go
 * to the pipelined lane, whose connections accept several at once and run them back to back on their engine
 * thread: without it each connection would idle while its result travels to the event loop and the next query
 * travels back, which bounds throughput far below what SQLite can do (docs/performance.md).
 */
public final class SqlitePoolImpl extends PoolBase<SqlitePoolImpl> {

  private final SqlitePoolLanes lanes;

  public SqlitePoolImpl(VertxInternal vertx, CloseFuture closeFuture, SqlitePoolLanes lanes) {
    super(vertx, closeFuture, lanes.exclusive());
    this.lanes = lanes;
  }

  @Override
  public Query<RowSet<Row>> query(String sql) {
    return lanes.oneShot().query(sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
    return lanes.oneShot().preparedQuery(sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
    return lanes.oneShot().preparedQuery(sql, options);
  }

  /** A connect handler must see every connection first: from now on one-shot queries use the exclusive lane. */
  @Override
  public SqlitePoolImpl connectHandler(Handler<SqlConnection> handler) {
    if (handler != null) {
      lanes.exclusiveOnly();
    }
    return super.connectHandler(handler);
  }

  /** Connections from elsewhere: the exclusive lane takes them, and one-shot queries go there too. */
  @Override
  public SqlitePoolImpl connectionProvider(Function<Context, Future<SqlConnection>> provider) {
    if (provider != null) {
      lanes.exclusiveOnly();
    }
    return super.connectionProvider(provider);
  }

  @Override
  public int size() {
    return lanes.size();
  }

  /** The two lanes; the same object for every user of a shared pool. */
  public static final class SqlitePoolLanes {

    private final Pool exclusive;
    private volatile PipelinedLane pipelined;

    public SqlitePoolLanes(Pool exclusive, PipelinedLane pipelined) {
      this.exclusive = exclusive;
      this.pipelined = pipelined;
    }

    Pool exclusive() {
      return exclusive;
    }

    SqlClient oneShot() {
      PipelinedLane lane = pipelined;
      return lane != null ? lane : exclusive;
    }

    int size() {
      PipelinedLane lane = pipelined;
      return exclusive.size() + (lane != null ? lane.size() : 0);
    }

    void exclusiveOnly() {
      PipelinedLane lane = pipelined;
      pipelined = null;
      if (lane != null) {
        lane.close();
      }
    }
  }
}
