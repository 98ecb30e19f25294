package io.vertx.sqliteclient.impl;

import io.vertx.core.internal.CloseFuture;
import io.vertx.core.internal.VertxInternal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.internal.pool.CloseablePool;

/**
 * A pool with two lanes of connections. Connections handed out ({@code getConnection}, transactions) come from
 * the exclusive lane, one user at a time as Vert.x pools always do. One-shot queries go to the pipelined lane,
 * whose connections accept several at once and run them back to back on their engine thread: without it each
 * connection would idle while its result travels to the event loop and the next query travels back, which
 * bounds throughput far below what SQLite can do (docs/performance.md).
 */
public final class SqlitePoolImpl extends CloseablePool {

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

  @Override
  public int size() {
    return lanes.size();
  }

  /** The two lanes; the same object for every user of a shared pool. */
  public record SqlitePoolLanes(Pool exclusive, PipelinedLane pipelined) {

    SqlClient oneShot() {
      return pipelined != null ? pipelined : exclusive;
    }

    int size() {
      return exclusive.size() + (pipelined != null ? pipelined.size() : 0);
    }
  }
}
