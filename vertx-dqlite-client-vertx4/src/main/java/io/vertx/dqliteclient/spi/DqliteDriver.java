package io.vertx.dqliteclient.spi;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.impl.CloseFuture;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.impl.DqliteConnectionFactory;
import io.vertx.dqliteclient.impl.DqliteConnectionImpl;
import io.vertx.dqliteclient.impl.DqliteUriParser;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.impl.Connection;
import io.vertx.sqlclient.impl.PoolBase;
import io.vertx.sqlclient.impl.PoolImpl;
import io.vertx.sqlclient.impl.SingletonSupplier;
import io.vertx.sqlclient.impl.SqlConnectionInternal;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqlclient.spi.Driver;
import java.util.function.Supplier;

/**
 * The dqlite driver (Vert.x 4.5), found by {@code Pool.pool(...)} and {@code SqlConnectOptions.fromUri("dqlite://...")}.
 */
public class DqliteDriver implements Driver {

  private static final String SHARED_CLIENT_KEY = "__vertx.shared.dqliteclient";

  public static final DqliteDriver INSTANCE = new DqliteDriver();

  @Override
  public Pool newPool(Vertx vertx, Supplier<? extends Future<? extends SqlConnectOptions>> databases, PoolOptions options,
                      CloseFuture closeFuture) {
    VertxInternal vx = (VertxInternal) vertx;
    PoolImpl pool;
    if (options.isShared()) {
      pool = vx.createSharedClient(SHARED_CLIENT_KEY, options.getName(), closeFuture, cf -> newPoolImpl(vx, databases, options, cf));
    } else {
      pool = newPoolImpl(vx, databases, options, closeFuture);
    }
    return new PoolBase<>(vx, closeFuture, pool);
  }

  private PoolImpl newPoolImpl(VertxInternal vertx, Supplier<? extends Future<? extends SqlConnectOptions>> databases,
                               PoolOptions options, CloseFuture closeFuture) {
    ConnectionFactory factory = createConnectionFactory(vertx, databases);
    PoolImpl pool = new PoolImpl(vertx, this, false, options, null, null, closeFuture);
    pool.connectionProvider(factory::connect);
    pool.init();
    closeFuture.add(factory);
    return pool;
  }

  @Override
  public SqlConnectOptions parseConnectionUri(String uri) {
    JsonObject json = DqliteUriParser.parse(uri);
    return json == null ? null : new DqliteConnectOptions(json);
  }

  @Override
  public boolean acceptsOptions(SqlConnectOptions options) {
    // plain SqlConnectOptions too, as every Vert.x driver accepts them (Pool.pool(SqlConnectOptions) picks a driver)
    return options instanceof DqliteConnectOptions || SqlConnectOptions.class.equals(options.getClass());
  }

  @Override
  public ConnectionFactory createConnectionFactory(Vertx vertx, SqlConnectOptions database) {
    return createConnectionFactory(vertx, SingletonSupplier.wrap(database));
  }

  @Override
  public ConnectionFactory createConnectionFactory(Vertx vertx, Supplier<? extends Future<? extends SqlConnectOptions>> databases) {
    return new DqliteConnectionFactory((VertxInternal) vertx, databases);
  }

  /** {@code ?N}: SQLite binds numbered parameters by number, so SqlTemplate can use one parameter twice. */
  @Override
  public int appendQueryPlaceholder(StringBuilder queryBuilder, int index, int current) {
    queryBuilder.append('?').append(1 + index);
    return index;
  }

  @Override
  public SqlConnectionInternal wrapConnection(ContextInternal context, ConnectionFactory factory, Connection conn) {
    return new DqliteConnectionImpl(context, factory, conn);
  }
}
