package io.vertx.sqliteclient.spi;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.internal.CloseFuture;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.net.NetClientOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.SqlConnectionInternal;
import io.vertx.sqlclient.internal.pool.PoolImpl;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqlclient.spi.Driver;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.impl.SqliteConnectionFactory;
import io.vertx.sqliteclient.impl.PipelinedLaneClient;
import io.vertx.sqliteclient.impl.SqliteConnectionImpl;
import io.vertx.sqliteclient.impl.SqlitePoolImpl;
import io.vertx.sqliteclient.impl.PoolWithLane;
import io.vertx.sqliteclient.impl.GenericOptions;
import io.vertx.sqliteclient.impl.SqliteUriParser;
import java.util.function.Function;
import java.util.function.Supplier;

/** The SQLite driver, found by {@code Pool.pool(...)} and {@code SqlConnectOptions.fromUri("sqlite:...")}. */
public class SqliteDriver implements Driver<SqliteConnectOptions> {

  private static final String SHARED_CLIENT_KEY = "__vertx.shared.sqliteclient";

  public static final SqliteDriver INSTANCE = new SqliteDriver();

  @Override
  public SqliteConnectOptions downcast(SqlConnectOptions connectOptions) {
    return SqliteConnectOptions.wrap(connectOptions);
  }

  @Override
  public Pool newPool(Vertx vertx, Supplier<Future<SqliteConnectOptions>> databases, PoolOptions options,
                      NetClientOptions transportOptions, Handler<SqlConnection> connectHandler, CloseFuture closeFuture) {
    VertxInternal vx = (VertxInternal) vertx;
    PoolWithLane parts;
    if (options.isShared()) {
      parts = vx.createSharedResource(SHARED_CLIENT_KEY, options.getName(), closeFuture,
        cf -> newPoolWithLane(vx, connectHandler, databases, options, cf));
    } else {
      parts = newPoolWithLane(vx, connectHandler, databases, options, closeFuture);
    }
    return new SqlitePoolImpl(vx, closeFuture, parts);
  }

  /** One pool of connections, one connection factory (a pooled :memory: database is one database); the lane leases from it. */
  private PoolWithLane newPoolWithLane(VertxInternal vertx, Handler<SqlConnection> connectHandler,
                                                  Supplier<Future<SqliteConnectOptions>> databases, PoolOptions options,
                                                  CloseFuture closeFuture) {
    ConnectionFactory<SqliteConnectOptions> factory = createConnectionFactory(vertx, null);
    // ClientBuilder hands over whatever options it was given: make them SQLite options here
    Function<Context, Future<SqlConnection>> connect = context -> factory.connect(context, databases.get().map(this::downcast));
    PoolImpl exclusive = new PoolImpl(vertx, this, false, options, null, null, connect, connectHandler, closeFuture);
    exclusive.init();
    PipelinedLaneClient pipelined = null;
    int limit = PoolWithLane.pipeliningLimit(options, databases);
    if (limit > 1) {
      // the lane leases from the pool: maxSize caps both, and a connect handler sees every connection
      pipelined = new PipelinedLaneClient(vertx, this, exclusive, options, limit);
      closeFuture.add(pipelined);
    }
    closeFuture.add(factory);
    return new PoolWithLane(exclusive, pipelined);
  }

  @Override
  public ConnectionFactory<SqliteConnectOptions> createConnectionFactory(Vertx vertx, NetClientOptions transportOptions) {
    return new SqliteConnectionFactory(this, true);
  }

  /** A standalone connection ({@code SqliteConnection.connect}), with a factory of its own closed along with it. */
  public Future<io.vertx.sqlclient.SqlConnection> connect(Vertx vertx, SqliteConnectOptions options) {
    ContextInternal context = (ContextInternal) vertx.getOrCreateContext();
    return SqliteConnectionImpl.closingItsFactory(context, new SqliteConnectionFactory(this, false).connect(context, options));
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
  public SqlConnectionInternal wrapConnection(ContextInternal context, ConnectionFactory<SqliteConnectOptions> factory, Connection conn) {
    return new SqliteConnectionImpl(context, factory, conn, this);
  }
}
