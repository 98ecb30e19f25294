package io.vertx.sqliteclient.impl;

import io.vertx.core.AsyncResult;
import io.vertx.core.Closeable;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.impl.future.PromiseInternal;
import io.vertx.core.spi.metrics.PoolMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.impl.SqlClientBase;
import io.vertx.sqlclient.impl.SqlConnectionBase;
import io.vertx.sqlclient.impl.command.CommandBase;
import io.vertx.sqlclient.spi.Driver;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The SQL client of a pool's one-shot queries (Vert.x 4.5): {@link OneShotLane} does the routing, this class turns
 * its jobs into SPI commands, scheduled through each connection's wrapper with the caller's context, which
 * reports tracing and client metrics there as for pooled queries.
 */
public final class PipelinedLane extends SqlClientBase implements Closeable {

  private final VertxInternal vertx;
  private final OneShotLane<SqlConnectionBase<?>> lane;

  /**
   * The lane of a pool built with {@code pool} options (the lane takes {@link PoolLanes#pipelinedLane} of them);
   * {@code connect} opens a connection on the context it is given, as the connection factory does.
   */
  public PipelinedLane(VertxInternal vertx, Driver driver, PoolOptions pool, int pipeliningLimit,
                       Function<Context, Future<SqlConnection>> connect) {
    super(driver);
    this.vertx = vertx;
    this.lane = new OneShotLane<>(vertx, new OneShotLane.Connector<>() {
      @Override
      public void connect(Context context, BiConsumer<SqlConnectionBase<?>, Throwable> done) {
        // connections live on an event loop of their own context, like pooled ones
        ContextInternal caller = (ContextInternal) context;
        ContextInternal home = caller.owner().createEventLoopContext(caller.nettyEventLoop(), null,
          Thread.currentThread().getContextClassLoader());
        connect.apply(home).onComplete(ar -> done.accept((SqlConnectionBase<?>) ar.result(), ar.cause()));
      }

      @Override
      public boolean isValid(SqlConnectionBase<?> conn) {
        return conn.unwrap().isValid();
      }

      @Override
      public void close(SqlConnectionBase<?> conn, Runnable closed) {
        conn.close().onComplete(ar -> closed.run());
      }
    }, PoolLanes.pipelinedLane(pool), pipeliningLimit, metrics(vertx, pool));
  }

  /**
   * The lane reports to pool metrics of the same type and name as the exclusive lane's (Vert.x's PoolImpl asks
   * for {@code "sql"}, the pool's name and size), so a backend such as Micrometer adds both lanes up. In 4.5's
   * SPI, {@code begin} also takes the query out of the queue.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static LaneMetrics metrics(VertxInternal vertx, PoolOptions pool) {
    VertxMetrics vertxMetrics = vertx.metricsSPI();
    PoolMetrics metrics = vertxMetrics == null ? null
      : vertxMetrics.createPoolMetrics("sql", pool.getName(), pool.getMaxSize());
    if (metrics == null) {
      return LaneMetrics.NONE;
    }
    return new LaneMetrics() {
      @Override
      public Object queued() {
        return metrics.submitted();
      }

      @Override
      public Object started(Object queued) {
        return metrics.begin(queued);
      }

      @Override
      public void left(Object queued) {
        metrics.rejected(queued);
      }

      @Override
      public void finished(Object started) {
        metrics.end(started, true);
      }
    };
  }

  @Override
  public <R> Future<R> schedule(ContextInternal context, CommandBase<R> cmd) {
    Promise<R> promise = context.promise();
    lane.submit(context, new OneShotLane.Job<>() {
      @Override
      public void run(SqlConnectionBase<?> conn, Runnable done) {
        conn.schedule(context, cmd).onComplete(ar -> {
          done.run();
          promise.handle(ar);
        });
      }

      @Override
      public void fail(Throwable cause) {
        promise.fail(cause);
      }
    });
    return promise.future();
  }

  /** Connections open now. */
  public int size() {
    return lane.size();
  }

  @Override
  protected ContextInternal context() {
    return vertx.getOrCreateContext();
  }

  @Override
  protected <T> PromiseInternal<T> promise() {
    return vertx.promise();
  }

  @Override
  protected <T> PromiseInternal<T> promise(Handler<AsyncResult<T>> handler) {
    return vertx.promise(handler);
  }

  @Override
  public void close(Promise<Void> completion) {
    lane.close(completion::tryComplete);
  }

  /** Completes once every connection of the lane has closed its database. */
  @Override
  public Future<Void> close() {
    Promise<Void> closed = vertx.promise();
    lane.close(closed::tryComplete);
    return closed.future();
  }

  @Override
  public void close(Handler<AsyncResult<Void>> handler) {
    close().onComplete(handler);
  }
}
