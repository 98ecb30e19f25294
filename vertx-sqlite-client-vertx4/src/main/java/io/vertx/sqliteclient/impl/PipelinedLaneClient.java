package io.vertx.sqliteclient.impl;

import io.vertx.core.AsyncResult;
import io.vertx.core.Closeable;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.impl.future.PromiseInternal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.impl.SqlClientBase;
import io.vertx.sqlclient.impl.SqlConnectionBase;
import io.vertx.sqlclient.impl.command.CommandBase;
import io.vertx.sqlclient.spi.Driver;
import io.vertx.sqliteclient.EngineTransaction;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The SQL client of a pool's one-shot queries (Vert.x 4.5): {@link PipelinedLane} does the routing over connections
 * leased from the pool, this class turns its jobs into SPI commands, scheduled through each lease's wrapper with
 * the caller's context, which reports tracing and client metrics there as for pooled queries.
 */
public final class PipelinedLaneClient extends SqlClientBase implements Closeable, EngineTransactions.OnLane {

  private final VertxInternal vertx;
  private final PipelinedLane<SqlConnectionBase<?>> lane;

  /** The client of {@code pool}'s lane, built with {@code options}. */
  public PipelinedLaneClient(VertxInternal vertx, Driver driver, Pool pool, PoolOptions options, int pipeliningLimit) {
    super(driver);
    this.vertx = vertx;
    this.lane = new PipelinedLane<>(vertx, new PipelinedLane.Connector<>() {
      @Override
      public void lease(BiConsumer<SqlConnectionBase<?>, Throwable> done) {
        pool.getConnection().onComplete(ar -> done.accept((SqlConnectionBase<?>) ar.result(), ar.cause()));
      }

      @Override
      public boolean isValid(SqlConnectionBase<?> conn) {
        return conn.unwrap().unwrap().isValid();
      }

      @Override
      public void release(SqlConnectionBase<?> conn, Runnable released) {
        conn.close().onComplete(ar -> released.run());
      }
    }, options, pipeliningLimit);
  }

  @Override
  public <T> Future<T> withEngineTransaction(Function<EngineTransaction, T> work) {
    PromiseInternal<T> promise = vertx.promise();
    lane.submit(EngineTransactions.laneJob(conn -> ((SqliteEngineConnection) conn.unwrap().unwrap()).link(), work, promise));
    return promise.future();
  }

  @Override
  public <R> Future<R> schedule(ContextInternal context, CommandBase<R> cmd) {
    Throwable refused = EngineTransactions.refusedInside();
    if (refused != null) {
      return context.failedFuture(refused); // before a lease is asked: the refusal is this caller's alone
    }
    Promise<R> promise = context.promise();
    lane.submit(new LaneJob<>() {
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

  /** Completes once every lease is back in the pool. */
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
