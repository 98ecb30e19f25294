package io.vertx.sqliteclient.impl;

import io.vertx.core.Future;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.util.function.Supplier;

/**
 * The rule for a pool's lanes, for both Vert.x lines. Every connection belongs to the pool, so {@code maxSize}
 * caps the connections open to the file. One-shot queries go to a pipelined lane ({@link OneShotLane}) that
 * leases up to half of them, rounded down, and queues many queries on each; the other half, at least, stays for
 * connections handed out ({@code getConnection}, transactions), so neither kind of use starves the other. The
 * lane is off when the options turn pipelining off ({@code pipeliningLimit} 1) or the pool has one connection.
 */
public final class PoolLanes {

  private PoolLanes() {
  }

  /**
   * Queries one lane connection may hold, or 1 for no pipelined lane. Options known when the pool is built
   * decide; options that arrive later (an asynchronous supplier) get the default.
   */
  public static int pipeliningLimit(PoolOptions options,
                                    Supplier<? extends Future<? extends SqlConnectOptions>> databases) {
    if (options.getMaxSize() < 2) {
      return 1;
    }
    Future<? extends SqlConnectOptions> first = databases.get();
    if (first != null && first.succeeded()) {
      return SqliteConnectOptions.wrap(first.result()).getPipeliningLimit();
    }
    return SqliteConnectOptions.DEFAULT_PIPELINING_LIMIT;
  }

  /** Connections the pipelined lane may lease at once: half of {@code maxSize}, rounded down. */
  public static int pipelinedLeases(PoolOptions options) {
    return Math.max(1, options.getMaxSize() / 2);
  }
}
