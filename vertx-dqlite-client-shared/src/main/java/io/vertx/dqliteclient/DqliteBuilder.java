package io.vertx.dqliteclient;

import io.vertx.core.Handler;
import io.vertx.dqliteclient.spi.DqliteDriver;
import io.vertx.sqlclient.ClientBuilder;
import io.vertx.sqlclient.Pool;

/** Entry point for a pool of connections to a dqlite cluster's leader. */
public interface DqliteBuilder {

  /** {@code DqliteBuilder.pool().connectingTo(DqliteConnectOptions.fromUri("dqlite://...")).using(vertx).build()}. */
  static ClientBuilder<Pool> pool() {
    return ClientBuilder.pool(DqliteDriver.INSTANCE);
  }

  static Pool pool(Handler<ClientBuilder<Pool>> block) {
    return ClientBuilder.pool(DqliteDriver.INSTANCE, block);
  }
}
