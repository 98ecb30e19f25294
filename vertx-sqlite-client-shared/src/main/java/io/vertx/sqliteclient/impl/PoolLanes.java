package io.vertx.sqliteclient.impl;

import io.vertx.core.Future;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.util.function.Supplier;

/**
 * The rule for a pool's lanes, for both Vert.x lines. Connections handed out ({@code getConnection},
 * transactions) keep the whole {@code maxSize}, so code holding that many at once does not starve. One-shot
 * queries get a pipelined lane ({@link OneShotLane}) of up to half as many connections again, which is enough to
 * keep SQLite busy because each runs its queries back to back; unless the options turn pipelining off
 * ({@code pipeliningLimit} 1), the pool has a single connection, or a connect handler must see every connection
 * first (the lane's connections would bypass it).
 */
public final class PoolLanes {

  private PoolLanes() {
  }

  /**
   * Queries one lane connection may hold, or 1 for no pipelined lane. Options known when the pool is built
   * decide; options that arrive later (an asynchronous supplier) get the default.
   */
  public static int pipeliningLimit(PoolOptions options, boolean connectHandler,
                                    Supplier<? extends Future<? extends SqlConnectOptions>> databases) {
    if (options.getMaxSize() < 2 || connectHandler) {
      return 1;
    }
    Future<? extends SqlConnectOptions> first = databases.get();
    if (first != null && first.succeeded()) {
      return SqliteConnectOptions.wrap(first.result()).getPipeliningLimit();
    }
    return SqliteConnectOptions.DEFAULT_PIPELINING_LIMIT;
  }

  /** The pipelined lane: half of {@code maxSize} more connections, rounded down. */
  public static PoolOptions pipelinedLane(PoolOptions options) {
    return new PoolOptions(options).setMaxSize(options.getMaxSize() / 2);
  }
}
