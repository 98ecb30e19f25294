package io.vertx.sqliteclient.spi;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.impl.CloseFuture;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.impl.Connection;
import io.vertx.sqlclient.impl.PoolImpl;
import io.vertx.sqlclient.impl.SingletonSupplier;
import io.vertx.sqlclient.impl.SqlConnectionInternal;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqlclient.spi.Driver;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.impl.PipelinedLaneClient;
import io.vertx.sqliteclient.impl.SqliteConnectionFactory;
import io.vertx.sqliteclient.impl.SqliteConnectionImpl;
import io.vertx.sqliteclient.impl.SqlitePoolImpl;
import io.vertx.sqliteclient.impl.PoolWithLane;
import io.vertx.sqliteclient.impl.GenericOptions;
import io.vertx.sqliteclient.impl.SqliteUriParser;
import java.util.function.Supplier;

/** The SQLite driver (Vert.x 4.5), found by {@code Pool.pool(...)} and {@code SqlConnectOptions.fromUri("sqlite:...")}. */
public class SqliteDriver implements Driver {

  private static final String SHARED_CLIENT_KEY = "__vertx.shared.sqliteclient";

  public static final SqliteDriver INSTANCE = new SqliteDriver();

  @Override
  public Pool newPool(Vertx vertx, Supplier<? extends Future<? extends SqlConnectOptions>> databases, PoolOptions options, CloseFuture closeFuture) {
    VertxInternal vx = (VertxInternal) vertx;
    PoolWithLane parts;
    if (options.isShared()) {
      parts = vx.createSharedClient(SHARED_CLIENT_KEY, options.getName(), closeFuture, cf -> newPoolWithLane(vx, databases, options, cf));
    } else {
      parts = newPoolWithLane(vx, databases, options, closeFuture);
    }
    return new SqlitePoolImpl(vx, closeFuture, parts);
  }

  /** One pool of connections, one connection factory (a pooled :memory: database is one database); the lane leases from it. */
  private PoolWithLane newPoolWithLane(VertxInternal vertx,
                                                  Supplier<? extends Future<? extends SqlConnectOptions>> databases,
                                                  PoolOptions options, CloseFuture closeFuture) {
    ConnectionFactory factory = createConnectionFactory(vertx, databases);
    PoolImpl exclusive = new PoolImpl(vertx, this, false, options, null, null, closeFuture);
    exclusive.connectionProvider(factory::connect);
    exclusive.init();
    PipelinedLaneClient pipelined = null;
    int limit = PoolWithLane.pipeliningLimit(options, databases);
    if (limit > 1) {
      // the lane leases from the pool: maxSize caps both, and a connect handler or connection provider set
      // later on the pool applies to every connection
      pipelined = new PipelinedLaneClient(vertx, this, exclusive, options, limit);
      closeFuture.add(pipelined);
    }
    closeFuture.add(factory);
    return new PoolWithLane(exclusive, pipelined);
  }

  @Override
  public ConnectionFactory createConnectionFactory(Vertx vertx, SqlConnectOptions database) {
    return createConnectionFactory(vertx, SingletonSupplier.wrap(database));
  }

  @Override
  public ConnectionFactory createConnectionFactory(Vertx vertx, Supplier<? extends Future<? extends SqlConnectOptions>> databases) {
    return new SqliteConnectionFactory(this, true, databases);
  }

  /** A standalone connection ({@code SqliteConnection.connect}), with a factory of its own closed along with it. */
  public Future<io.vertx.sqlclient.SqlConnection> connect(Vertx vertx, SqliteConnectOptions options) {
    ContextInternal context = (ContextInternal) vertx.getOrCreateContext();
    return SqliteConnectionImpl.closingItsFactory(context, new SqliteConnectionFactory(this, false, null).connect(context, options));
  }

  @Override
  public SqlConnectOptions parseConnectionUri(String uri) {
    io.vertx.core.json.JsonObject options = SqliteUriParser.parse(uri);
    return options == null ? null : new SqliteConnectOptions(options);
  }

  @Override
  public boolean acceptsOptions(SqlConnectOptions options) {
    return options instanceof SqliteConnectOptions || (SqlConnectOptions.class.equals(options.getClass()) && GenericOptions.accepted());
  }

  /** {@code ?N} is positional in SQLite, so a template may use one parameter several times. */
  @Override
  public int appendQueryPlaceholder(StringBuilder queryBuilder, int index, int current) {
    queryBuilder.append('?').append(1 + index);
    return index;
  }

  @Override
  public SqlConnectionInternal wrapConnection(ContextInternal context, ConnectionFactory factory, Connection conn) {
    return new SqliteConnectionImpl(context, factory, conn, this);
  }
}
