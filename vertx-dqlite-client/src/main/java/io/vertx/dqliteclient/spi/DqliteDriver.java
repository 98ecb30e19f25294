package io.vertx.dqliteclient.spi;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.internal.CloseFuture;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClientOptions;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.impl.DqliteConnectionFactory;
import io.vertx.dqliteclient.impl.DqliteConnectionImpl;
import io.vertx.dqliteclient.impl.DqliteUriParser;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.SqlConnectionInternal;
import io.vertx.sqlclient.internal.pool.CloseablePool;
import io.vertx.sqlclient.internal.pool.PoolImpl;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqlclient.spi.Driver;
import java.util.function.Supplier;

/** The dqlite driver, found by {@code Pool.pool(...)} and {@code SqlConnectOptions.fromUri("dqlite://...")}. */
public class DqliteDriver implements Driver<DqliteConnectOptions> {

  private static final String SHARED_CLIENT_KEY = "__vertx.shared.dqliteclient";

  public static final DqliteDriver INSTANCE = new DqliteDriver();

  @Override
  public DqliteConnectOptions downcast(SqlConnectOptions connectOptions) {
    return DqliteConnectOptions.wrap(connectOptions);
  }

  @Override
  public Pool newPool(Vertx vertx, Supplier<Future<DqliteConnectOptions>> databases, PoolOptions poolOptions,
                      NetClientOptions transportOptions, Handler<SqlConnection> connectHandler, CloseFuture closeFuture) {
    VertxInternal vx = (VertxInternal) vertx;
    PoolImpl pool;
    if (poolOptions.isShared()) {
      pool = vx.createSharedResource(SHARED_CLIENT_KEY, poolOptions.getName(), closeFuture,
        cf -> newPoolImpl(vx, connectHandler, databases, poolOptions, transportOptions, cf));
    } else {
      pool = newPoolImpl(vx, connectHandler, databases, poolOptions, transportOptions, closeFuture);
    }
    return new CloseablePool(vx, closeFuture, pool);
  }

  private PoolImpl newPoolImpl(VertxInternal vertx, Handler<SqlConnection> connectHandler,
                               Supplier<Future<DqliteConnectOptions>> databases, PoolOptions poolOptions,
                               NetClientOptions transportOptions, CloseFuture closeFuture) {
    ConnectionFactory<DqliteConnectOptions> factory = createConnectionFactory(vertx, transportOptions);
    PoolImpl pool = new PoolImpl(vertx, this, false, poolOptions, null, null,
      context -> databases.get().compose(options -> factory.connect(context, options)), connectHandler, closeFuture);
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
  public ConnectionFactory<DqliteConnectOptions> createConnectionFactory(Vertx vertx, NetClientOptions transportOptions) {
    return new DqliteConnectionFactory((VertxInternal) vertx, transportOptions);
  }

  /** {@code ?N}: SQLite binds numbered parameters by number, so SqlTemplate can use one parameter twice. */
  @Override
  public int appendQueryPlaceholder(StringBuilder queryBuilder, int index, int current) {
    queryBuilder.append('?').append(1 + index);
    return index;
  }

  @Override
  public SqlConnectionInternal wrapConnection(ContextInternal context, ConnectionFactory<DqliteConnectOptions> factory,
                                              Connection conn) {
    return new DqliteConnectionImpl(context, factory, conn);
  }
}
