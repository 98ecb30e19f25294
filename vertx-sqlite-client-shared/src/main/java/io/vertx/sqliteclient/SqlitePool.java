package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.GenIgnore;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.function.Function;

/**
 * A pool of SQLite connections: every {@link Pool} operation, plus the transactions that run on an engine thread
 * ({@link #withEngineTransaction}). Every pool this driver builds is one: {@code SqlitePool.cast(pool)}.
 */
@VertxGen
public interface SqlitePool extends Pool {

  /** A pool of {@code poolOptions.getMaxSize()} connections to the database of {@code connectOptions}. */
  static SqlitePool pool(Vertx vertx, SqliteConnectOptions connectOptions, PoolOptions poolOptions) {
    return cast(SqliteBuilder.pool().with(poolOptions).connectingTo(connectOptions).using(vertx).build());
  }

  /** A pool built by this driver ({@link SqliteBuilder}, {@code Pool.pool(...)} with SQLite options), as an SqlitePool. */
  static SqlitePool cast(Pool pool) {
    return (SqlitePool) pool;
  }

  /**
   * Runs {@code work} on a pooled connection's engine thread inside one transaction: {@code BEGIN IMMEDIATE}, the
   * statements the work runs through its {@link EngineTransaction}, then {@code COMMIT}, or {@code ROLLBACK} when
   * it throws. The future completes on the caller's context with what the work returns, or with what it threw.
   *
   * <p>One trip to the engine and one back per transaction, however many statements, and several such
   * transactions queued on one connection: the fastest way to write to SQLite from Vert.x (counters, transfers,
   * read-modify-write). The work runs on the engine thread, so it must not block on Vert.x: this driver's
   * asynchronous API fails at once inside it, and the query timeout, a close and the pool's close interrupt
   * it. Code that must also run on another database keeps {@link #withTransaction}.
   */
  @GenIgnore(GenIgnore.PERMITTED_TYPE)
  <T> Future<T> withEngineTransaction(Function<EngineTransaction, T> work);
}
