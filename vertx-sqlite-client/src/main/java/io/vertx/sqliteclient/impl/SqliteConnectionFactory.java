package io.vertx.sqliteclient.impl;

import io.vertx.core.Completable;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqlclient.spi.Driver;
import io.vertx.sqliteclient.SqliteConnectOptions;

/**
 * Opens connections (Vert.x 5): each one an engine with its own thread, from {@link EngineSource}, wrapped for
 * the SQL client on the caller's context.
 */
public final class SqliteConnectionFactory implements ConnectionFactory<SqliteConnectOptions> {

  private final Driver<?> driver;
  private final EngineSource engines;

  /** {@code shareMemory}: a pool's factory, whose connections share one {@code :memory:} database. */
  public SqliteConnectionFactory(Driver<?> driver, boolean shareMemory) {
    this.driver = driver;
    this.engines = new EngineSource(CoreAccess.INSTANCE, shareMemory);
  }

  @Override
  public Future<SqlConnection> connect(Context context, SqliteConnectOptions options) {
    ContextInternal ctx = (ContextInternal) context;
    return engines.connect(ctx, options, engine -> {
      SqliteEngineConnection conn = new SqliteEngineConnection(ctx, engine, options, metrics(ctx, options));
      SqliteConnectionImpl connection = new SqliteConnectionImpl(ctx, this, conn, driver);
      conn.init(connection);
      return connection;
    });
  }

  private static ClientMetrics metrics(ContextInternal ctx, SqliteConnectOptions options) {
    VertxMetrics vertxMetrics = ((VertxInternal) ctx.owner()).metrics();
    if (vertxMetrics == null) {
      return null;
    }
    return vertxMetrics.createClientMetrics(SqliteEngineConnection.address(options), "sql", options.getMetricsName());
  }

  @Override
  public void close(Completable<Void> completion) {
    engines.close(completion::succeed);
  }
}
