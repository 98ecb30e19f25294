package io.vertx.sqliteclient.impl;

import io.vertx.core.internal.CloseFuture;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.Future;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.TransactionPropagation;
import io.vertx.sqliteclient.EngineTransaction;
import io.vertx.sqliteclient.SqlitePool;
import java.util.function.Function;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.internal.pool.CloseablePool;

/**
 * A pool of {@code maxSize} connections used in two lanes. Connections handed out ({@code getConnection},
 * transactions) go to one user at a time, as Vert.x pools always do. One-shot queries go to the pipelined lane,
 * which leases connections from the same pool and runs several queries at once on each, back to back on its
 * engine thread: without it each connection would idle while its result travels to the event loop and the next
 * query travels back, which bounds throughput far below what SQLite can do (docs/performance.md).
 */
public final class SqlitePoolImpl extends CloseablePool implements SqlitePool {

  private final PoolWithLane parts;

  public SqlitePoolImpl(VertxInternal vertx, CloseFuture closeFuture, PoolWithLane parts) {
    super(vertx, closeFuture, parts.exclusive());
    this.parts = parts;
  }

  @Override
  public <T> Future<T> withEngineTransaction(Function<EngineTransaction, T> work) {
    return EngineTransactions.onPool(parts, work);
  }

  /** Refused inside an engine transaction's work: no connection could be lent before the work returns. */
  @Override
  public Future<SqlConnection> getConnection() {
    return EngineTransactions.unlessInside(super::getConnection);
  }

  @Override
  public <T> Future<T> withTransaction(TransactionPropagation propagation, Function<SqlConnection, Future<T>> work) {
    return EngineTransactions.unlessInside(() -> super.withTransaction(propagation, work));
  }

  @Override
  public Query<RowSet<Row>> query(String sql) {
    return parts.oneShot().query(sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
    return parts.oneShot().preparedQuery(sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
    return parts.oneShot().preparedQuery(sql, options);
  }
}
