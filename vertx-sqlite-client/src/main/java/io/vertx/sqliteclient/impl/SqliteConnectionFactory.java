package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.EngineOptions;
import io.github.vertxsqlite.engine.OpenMode;
import io.github.vertxsqlite.engine.SqliteEngine;
import io.vertx.core.Completable;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqliteclient.SqliteConnectOptions;

/** Opens connections: each one an engine with its own thread, wrapped for the SQL client. */
public final class SqliteConnectionFactory implements ConnectionFactory<SqliteConnectOptions> {

  @Override
  public Future<SqlConnection> connect(Context context, SqliteConnectOptions options) {
    ContextInternal ctx = (ContextInternal) context;
    Promise<SqlConnection> promise = ctx.promise();
    EngineOptions engineOptions;
    try {
      engineOptions = engineOptions(options);
    } catch (IllegalArgumentException e) {
      promise.fail(e);
      return promise.future();
    }
    SqliteEngine.open(engineOptions, (engine, err) -> ctx.emit(null, v -> {
      if (err != null) {
        promise.fail(Failures.toVertx(err));
        return;
      }
      SqliteEngineConnection conn = new SqliteEngineConnection(ctx, engine, options, metrics(ctx, options));
      SqliteConnectionImpl connection = new SqliteConnectionImpl(ctx, this, conn);
      conn.init(connection);
      promise.complete(connection);
    }));
    return promise.future();
  }

  static EngineOptions engineOptions(SqliteConnectOptions options) {
    EngineOptions engine = new EngineOptions()
      .database(options.getDatabase() == null ? SqliteConnectOptions.MEMORY : options.getDatabase())
      .openMode(OpenMode.valueOf(options.getOpenMode().name()))
      .busyTimeoutMillis(options.getBusyTimeout())
      .cacheStatements(options.getCachePreparedStatements())
      .statementCacheMaxSize(options.getPreparedStatementCacheMaxSize())
      .statementCacheSqlFilter(options.getPreparedStatementCacheSqlFilter())
      .threadName("vertx-sqlite");
    options.getPragmas().forEach(engine::pragma);
    return engine;
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
    // connections close themselves (pool or user); the factory holds nothing
    completion.succeed();
  }
}
