package io.vertx.sqliteclient.impl;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.util.function.Supplier;

/**
 * A pool and its {@link PipelinedLane} ({@code null} when off), which leases connections from it; the same object
 * for every user of a shared pool. Here too the rule that sizes the lane.
 */
public record PoolWithLane(Pool exclusive, SqlClient pipelined) {

  /** Where one-shot queries go. */
  public SqlClient oneShot() {
    return pipelined != null ? pipelined : exclusive;
  }

  /**
   * Queries one lane connection may hold, or 1 for no lane (pipelining off, or a pool of one). Options known when
   * the pool is built decide; options that arrive later (an asynchronous supplier) get the default.
   */
  public static int pipeliningLimit(PoolOptions options, Supplier<? extends Future<? extends SqlConnectOptions>> databases) {
    if (options.getMaxSize() < 2) {
      return 1;
    }
    Future<? extends SqlConnectOptions> first = databases.get();
    if (first != null && first.succeeded()) {
      return SqliteConnectOptions.wrap(first.result()).getPipeliningLimit();
    }
    return SqliteConnectOptions.DEFAULT_PIPELINING_LIMIT;
  }

  /**
   * Connections the lane may lease at once: half of {@code maxSize}, rounded down, so at least half stays for
   * connections handed out ({@code getConnection}, transactions) and neither kind of use starves the other.
   */
  static int laneLeases(PoolOptions options) {
    return Math.max(1, options.getMaxSize() / 2);
  }
}
