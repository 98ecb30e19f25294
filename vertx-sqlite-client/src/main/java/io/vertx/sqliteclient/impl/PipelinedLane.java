package io.vertx.sqliteclient.impl;

import io.vertx.core.Closeable;
import io.vertx.core.Completable;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.PromiseInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.spi.metrics.PoolMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.SqlClientBase;
import io.vertx.sqlclient.internal.SqlConnectionBase;
import io.vertx.sqlclient.internal.command.CommandBase;
import io.vertx.sqlclient.spi.Driver;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The SQL client of a pool's one-shot queries (Vert.x 5): {@link OneShotLane} does the routing, this class turns
 * its jobs into SPI commands.
 */
public final class PipelinedLane extends SqlClientBase implements Closeable {

  private final VertxInternal vertx;
  private final OneShotLane<SqlConnectionBase<?>> lane;

  /**
   * The lane of a pool built with {@code pool} options (the lane takes {@link PoolLanes#pipelinedLane} of them);
   * {@code connect} opens a connection on the context it is given, as the connection factory does.
   */
  public PipelinedLane(VertxInternal vertx, Driver<?> driver, PoolOptions pool, int pipeliningLimit,
                       Function<Context, Future<SqlConnection>> connect) {
    super(driver);
    this.vertx = vertx;
    this.lane = new OneShotLane<>(vertx, new OneShotLane.Connector<>() {
      @Override
      public void connect(Context context, BiConsumer<SqlConnectionBase<?>, Throwable> done) {
        // connections live on an event loop of their own context, like pooled ones
        ContextInternal caller = (ContextInternal) context;
        ContextInternal home = caller.owner().contextBuilder().withEventLoop(caller.nettyEventLoop()).build();
        connect.apply(home).onComplete((conn, err) -> done.accept((SqlConnectionBase<?>) conn, err));
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
   * for {@code "sql"}, the pool's name and size), so a backend such as Micrometer adds both lanes up.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static LaneMetrics metrics(VertxInternal vertx, PoolOptions pool) {
    VertxMetrics vertxMetrics = vertx.metrics();
    PoolMetrics metrics = vertxMetrics == null ? null
      : vertxMetrics.createPoolMetrics("sql", pool.getName(), pool.getMaxSize());
    if (metrics == null) {
      return LaneMetrics.NONE;
    }
    return new LaneMetrics() {
      @Override
      public Object queued() {
        return metrics.enqueue();
      }

      @Override
      public Object started(Object queued) {
        metrics.dequeue(queued);
        return metrics.begin();
      }

      @Override
      public void left(Object queued) {
        metrics.dequeue(queued);
      }

      @Override
      public void finished(Object started) {
        metrics.end(started);
      }
    };
  }

  @Override
  public <R> void schedule(CommandBase<R> cmd, Completable<R> handler) {
    ContextInternal context = vertx.getOrCreateContext();
    lane.submit(context, new OneShotLane.Job<>() {
      @Override
      public void run(SqlConnectionBase<?> conn, Runnable done) {
        Completable<R> completion = (res, err) -> {
          done.run();
          handler.complete(res, err);
        };
        Connection engine = conn.unwrap();
        if (vertx.tracer() == null && engine.metrics() == null) {
          engine.schedule(cmd, completion);
        } else {
          // a wrapper on the caller's context reports the query there, so its span nests under the caller's
          ((SqlConnectionBase<?>) driver().wrapConnection(context, conn.factory(), engine)).schedule(cmd, completion);
        }
      }

      @Override
      public void fail(Throwable cause) {
        handler.fail(cause);
      }
    });
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
  public void close(Completable<Void> completion) {
    lane.close(completion::succeed);
  }

  /** Completes once every connection of the lane has closed its database. */
  @Override
  public Future<Void> close() {
    PromiseInternal<Void> closed = vertx.promise();
    lane.close(closed::complete);
    return closed.future();
  }
}
