package io.vertx.sqliteclient.impl;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqlclient.spi.Driver;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.util.function.Supplier;

/**
 * Opens connections (Vert.x 4.5): each one an engine with its own thread, from {@link EngineSource}, wrapped
 * for the SQL client on the caller's context.
 */
public final class SqliteConnectionFactory implements ConnectionFactory {

  private final Driver driver;
  private final EngineSource engines;
  private final Supplier<? extends Future<? extends SqlConnectOptions>> databases;

  /**
   * {@code shareMemory}: a pool's factory, whose connections share one {@code :memory:} database;
   * {@code databases}: the options {@link #connect(Context)} uses ({@code null} for a standalone connection).
   */
  public SqliteConnectionFactory(Driver driver, boolean shareMemory, Supplier<? extends Future<? extends SqlConnectOptions>> databases) {
    this.driver = driver;
    this.engines = new EngineSource(CoreAccess.INSTANCE, shareMemory);
    this.databases = databases;
  }

  @Override
  public Future<SqlConnection> connect(Context context) {
    return connect(context, databases.get());
  }

  @Override
  public Future<SqlConnection> connect(Context context, SqlConnectOptions connectOptions) {
    ContextInternal ctx = (ContextInternal) context;
    // ClientBuilder and Quarkus hand over whatever options they were given: make them SQLite options here
    SqliteConnectOptions options = SqliteConnectOptions.wrap(connectOptions);
    return engines.connect(ctx, options, engine -> {
      SqliteEngineConnection conn = new SqliteEngineConnection(ctx, engine, options, metrics(ctx, options));
      SqliteConnectionImpl connection = new SqliteConnectionImpl(ctx, this, conn, driver);
      conn.init(connection);
      return connection;
    });
  }

  private static ClientMetrics metrics(ContextInternal ctx, SqliteConnectOptions options) {
    VertxMetrics vertxMetrics = ((VertxInternal) ctx.owner()).metricsSPI();
    if (vertxMetrics == null) {
      return null;
    }
    return vertxMetrics.createClientMetrics(SqliteEngineConnection.address(options), "sql", options.getMetricsName());
  }

  @Override
  public void close(Promise<Void> completion) {
    engines.close(completion::complete);
  }
}
