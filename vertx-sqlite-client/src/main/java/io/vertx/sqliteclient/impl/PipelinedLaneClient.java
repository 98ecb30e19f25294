package io.vertx.sqliteclient.impl;

import io.vertx.core.Closeable;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.PromiseInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.SqlClientBase;
import io.vertx.sqlclient.internal.SqlConnectionBase;
import io.vertx.sqlclient.internal.command.CommandBase;
import io.vertx.sqlclient.spi.Driver;
import io.vertx.sqliteclient.EngineTransaction;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The SQL client of a pool's one-shot queries (Vert.x 5): {@link PipelinedLane} does the routing over connections
 * leased from the pool, this class turns its jobs into SPI commands.
 */
public final class PipelinedLaneClient extends SqlClientBase implements Closeable, EngineTransactions.OnLane {

  private final VertxInternal vertx;
  private final PipelinedLane<SqlConnectionBase<?>> lane;

  /** The client of {@code pool}'s lane, built with {@code options}. */
  public PipelinedLaneClient(VertxInternal vertx, Driver<?> driver, Pool pool, PoolOptions options, int pipeliningLimit) {
    super(driver);
    this.vertx = vertx;
    this.lane = new PipelinedLane<>(vertx, new PipelinedLane.Connector<>() {
      @Override
      public void lease(BiConsumer<SqlConnectionBase<?>, Throwable> done) {
        pool.getConnection().onComplete((conn, err) -> done.accept((SqlConnectionBase<?>) conn, err));
      }

      @Override
      public boolean isValid(SqlConnectionBase<?> conn) {
        return engine(conn).isValid();
      }

      @Override
      public void release(SqlConnectionBase<?> conn, Runnable released) {
        conn.close().onComplete(ar -> released.run());
      }
    }, options, pipeliningLimit);
  }

  /** The driver's connection under a lease's wrapper and the pool's own. */
  private static Connection engine(SqlConnectionBase<?> lease) {
    return lease.unwrap().unwrap();
  }

  @Override
  public <T> Future<T> withEngineTransaction(Function<EngineTransaction, T> work) {
    PromiseInternal<T> promise = vertx.promise();
    lane.submit(EngineTransactions.laneJob(conn -> ((SqliteEngineConnection) engine(conn)).link(), work, promise));
    return promise.future();
  }

  @Override
  public <R> void schedule(CommandBase<R> cmd, Completable<R> handler) {
    Throwable refused = EngineTransactions.refusedInside();
    if (refused != null) {
      handler.fail(refused); // before a lease is asked: the refusal is this caller's alone
      return;
    }
    ContextInternal context = vertx.getOrCreateContext();
    lane.submit(new LaneJob<>() {
      @Override
      public void run(SqlConnectionBase<?> conn, Runnable done) {
        Completable<R> completion = (res, err) -> {
          done.run();
          handler.complete(res, err);
        };
        Connection engine = engine(conn);
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

  /** Completes once every lease is back in the pool. */
  @Override
  public Future<Void> close() {
    PromiseInternal<Void> closed = vertx.promise();
    lane.close(closed::complete);
    return closed.future();
  }
}
