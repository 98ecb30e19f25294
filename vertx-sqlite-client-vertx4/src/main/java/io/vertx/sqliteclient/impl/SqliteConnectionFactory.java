package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.EngineOptions;
import io.github.vertxsqlite.engine.OpenMode;
import io.github.vertxsqlite.engine.SqliteEngine;
import io.github.vertxsqlite.engine.TransactionMode;
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
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Opens connections: each one an engine with its own thread, wrapped for the SQL client.
 *
 * <p>A pool's factory shares {@code :memory:}: every connection of the pool opens one named in-memory
 * database (SQLite's memdb VFS), and a keeper connection, closed with the factory, keeps it alive while the
 * pool's own connections come and go. A standalone connection's {@code :memory:} stays private.
 */
public final class SqliteConnectionFactory implements ConnectionFactory {

  private static final AtomicLong SHARED_MEMORY_IDS = new AtomicLong();

  private final boolean shareMemory;
  private final Supplier<? extends Future<? extends SqlConnectOptions>> databases;
  private Future<String> sharedMemory;
  private SqliteEngine keeper;
  private boolean closed;

  /** {@code databases}: the options {@link #connect(Context)} uses; {@code null} for a standalone connection. */
  public SqliteConnectionFactory(boolean shareMemory, Supplier<? extends Future<? extends SqlConnectOptions>> databases) {
    this.shareMemory = shareMemory;
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
    EngineOptions engineOptions;
    try {
      engineOptions = engineOptions(options);
    } catch (IllegalArgumentException e) {
      return ctx.failedFuture(e);
    }
    if (shareMemory && engineOptions.database().equals(EngineOptions.MEMORY)) {
      return sharedMemory(engineOptions).compose(name -> open(ctx, options, new EngineOptions(engineOptions).database(name)));
    }
    return open(ctx, options, engineOptions);
  }

  private synchronized Future<String> sharedMemory(EngineOptions template) {
    if (closed) {
      return Future.failedFuture(new IllegalStateException("The pool is closed"));
    }
    if (sharedMemory == null) {
      String name = "file:/vertx-sqlite-memory-" + SHARED_MEMORY_IDS.incrementAndGet() + "?vfs=memdb";
      Promise<String> promise = Promise.promise();
      sharedMemory = promise.future();
      SqliteEngine.open(new EngineOptions(template).database(name).threadName("vertx-sqlite-memory-keeper"), (engine, err) -> {
        if (err != null) {
          promise.fail(Failures.toVertx(err));
          return;
        }
        boolean closeNow;
        synchronized (this) {
          keeper = engine;
          closeNow = closed;
        }
        if (closeNow) {
          engine.close((v, e) -> { });
        }
        promise.complete(name);
      });
    }
    return sharedMemory;
  }

  private Future<SqlConnection> open(ContextInternal ctx, SqliteConnectOptions options, EngineOptions engineOptions) {
    Promise<SqlConnection> promise = ctx.promise();
    SqliteEngine.open(engineOptions, (engine, err) -> {
      try {
        ctx.emit(null, v -> {
          if (err != null) {
            promise.fail(Failures.toVertx(err));
            return;
          }
          SqliteEngineConnection conn = new SqliteEngineConnection(ctx, engine, options, metrics(ctx, options));
          SqliteConnectionImpl connection = new SqliteConnectionImpl(ctx, this, conn);
          conn.init(connection);
          promise.complete(connection);
        });
      } catch (java.util.concurrent.RejectedExecutionException vertxClosed) {
        // Vert.x shut down while the connection opened: nobody will use it, so it must not keep its thread
        if (engine != null) {
          engine.close((v, e) -> { });
        }
        promise.tryFail(vertxClosed);
      }
    });
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
      .transactionMode(TransactionMode.valueOf(options.getTransactionMode().name()))
      .queryTimeoutMillis(options.getQueryTimeout())
      .extensionLoading(options.isExtensionLoading())
      .threadName("vertx-sqlite");
    options.getPragmas().forEach(engine::pragma);
    options.userFunctions().definitions().forEach(engine::function);
    return engine;
  }

  private static ClientMetrics metrics(ContextInternal ctx, SqliteConnectOptions options) {
    VertxMetrics vertxMetrics = ((VertxInternal) ctx.owner()).metricsSPI();
    if (vertxMetrics == null) {
      return null;
    }
    return vertxMetrics.createClientMetrics(SqliteEngineConnection.address(options), "sql", options.getMetricsName());
  }

  /** Connections close themselves (pool or user); the factory closes only the in-memory keeper. */
  @Override
  public void close(Promise<Void> completion) {
    SqliteEngine toClose;
    synchronized (this) {
      closed = true;
      toClose = keeper;
      keeper = null;
    }
    if (toClose == null) {
      completion.complete();
    } else {
      toClose.close((v, err) -> completion.complete());
    }
  }
}
