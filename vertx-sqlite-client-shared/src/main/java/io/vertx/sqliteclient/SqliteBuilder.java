package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Handler;
import io.vertx.sqlclient.ClientBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqliteclient.spi.SqliteDriver;

/** Entry point for building SQLite pools: {@code SqliteBuilder.pool().connectingTo(options).using(vertx).build()}. */
@VertxGen
public interface SqliteBuilder {

  /** Builds a pool configured by {@code block}. */
  static Pool pool(Handler<ClientBuilder<Pool>> block) {
    return ClientBuilder.pool(SqliteDriver.INSTANCE, block);
  }

  /** A builder for a pool of SQLite connections. */
  static ClientBuilder<Pool> pool() {
    return ClientBuilder.pool(SqliteDriver.INSTANCE);
  }
}
