package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.EngineOptions;
import io.github.vertxsqlite.engine.OpenMode;
import io.github.vertxsqlite.engine.SqliteEngine;
import io.github.vertxsqlite.engine.TransactionMode;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Opens the engines of one connection factory (the part of it both Vert.x lines share): maps the options, and
 * for a pool shares {@code :memory:}: every connection of the pool opens one named in-memory database
 * (SQLite's memdb VFS), and a keeper engine, closed with the factory, keeps it alive while the pool's own
 * connections come and go. A standalone connection's {@code :memory:} stays private.
 */
public final class EngineSource {

  private static final AtomicLong SHARED_MEMORY_IDS = new AtomicLong();

  private final ContextAccess contexts;
  private final boolean shareMemory;
  private Future<String> sharedMemory;
  private SqliteEngine keeper;
  private boolean closed;

  public EngineSource(ContextAccess contexts, boolean shareMemory) {
    this.contexts = contexts;
    this.shareMemory = shareMemory;
  }

  /**
   * Opens an engine and, on {@code context}, wraps it into the line's connection with {@code wrap}. When Vert.x
   * shut down meanwhile, the engine is closed at once: nobody would use it, it must not keep its thread.
   */
  public Future<SqlConnection> connect(Context context, SqliteConnectOptions options, Function<SqliteEngine, SqlConnection> wrap) {
    EngineOptions engineOptions;
    try {
      engineOptions = engineOptions(options);
    } catch (IllegalArgumentException e) {
      return contexts.failedFuture(context, e);
    }
    if (shareMemory && engineOptions.database().equals(EngineOptions.MEMORY)) {
      return sharedMemory(engineOptions).compose(name -> open(context, new EngineOptions(engineOptions).database(name), wrap));
    }
    return open(context, engineOptions, wrap);
  }

  private Future<SqlConnection> open(Context context, EngineOptions engineOptions, Function<SqliteEngine, SqlConnection> wrap) {
    Promise<SqlConnection> promise = contexts.promise(context);
    SqliteEngine.open(engineOptions, (engine, err) -> {
      try {
        contexts.emit(context, null, v -> {
          if (err != null) {
            promise.fail(Failures.toVertx(err));
          } else {
            promise.complete(wrap.apply(engine));
          }
        });
      } catch (RejectedExecutionException vertxClosed) {
        if (engine != null) {
          engine.close((v, e) -> { });
        }
        promise.tryFail(vertxClosed);
      }
    });
    return promise.future();
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

  /** Closes the in-memory keeper, if any; connections close themselves (pool or user). */
  public void close(Runnable done) {
    SqliteEngine toClose;
    synchronized (this) {
      closed = true;
      toClose = keeper;
      keeper = null;
    }
    if (toClose == null) {
      done.run();
    } else {
      toClose.close((v, err) -> done.run());
    }
  }

  /** The one mapping from driver options to engine options. */
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
}
