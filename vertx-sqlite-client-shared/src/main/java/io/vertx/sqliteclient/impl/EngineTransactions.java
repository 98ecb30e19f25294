package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.TransactionScope;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqliteclient.EngineTransaction;
import io.vertx.sqliteclient.SqliteConnection;
import io.vertx.sqliteclient.SqliteException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Transactions whose work runs on an engine thread ({@code withEngineTransaction}), on a connection or on a pool,
 * for both Vert.x lines; and the refusal of the asynchronous API inside such work.
 */
public final class EngineTransactions {

  /** A pool's way to run engine transactions on its lane (each line's {@code PipelinedLaneClient}). */
  public interface OnLane {
    <T> Future<T> withEngineTransaction(Function<EngineTransaction, T> work);
  }

  private EngineTransactions() {
  }

  /**
   * Runs {@code work} in a transaction on {@code link}'s engine; {@code outcome} runs on the link's context with its
   * result or its failure (SQLite's made typed).
   */
  public static <T> void run(EngineLink link, Function<EngineTransaction, T> work, BiConsumer<T, Throwable> outcome) {
    QueryResults results = link.results();
    link.engine().<T>runTransaction(tx -> work.apply(new EngineTransactionImpl(tx, results)),
      (value, failure) -> link.onContext(() -> outcome.accept(value, failure == null ? null : Failures.toVertx(failure))));
  }

  /** A lane job that runs {@code work} on the engine of the connection it gets ({@code links} finds its link). */
  public static <C, T> LaneJob<C> laneJob(Function<C, EngineLink> links, Function<EngineTransaction, T> work,
                                                    Promise<T> promise) {
    return new LaneJob<>() {
      @Override
      public void run(C connection, Runnable done) {
        EngineTransactions.run(links.apply(connection), work, (value, failure) -> {
          done.run();
          complete(promise, value, failure);
        });
      }

      @Override
      public void fail(Throwable cause) {
        promise.fail(cause);
      }

      @Override
      public boolean writes() {
        return true;
      }
    };
  }

  static <T> Future<T> onConnection(SqliteConnectionFeatures conn, Function<EngineTransaction, T> work) {
    Promise<T> promise = conn.contextAccess().promise(conn.connectionContext());
    SqliteException refused = refusedInside();
    if (refused != null) {
      promise.fail(refused);
    } else {
      run(conn.link(), work, (value, failure) -> complete(promise, value, failure));
    }
    return promise.future();
  }

  /** On the pool's lane, several at once per connection; a pool without a lane lends a connection for each. */
  public static <T> Future<T> onPool(PoolWithLane parts, Function<EngineTransaction, T> work) {
    return unlessInside(() -> parts.pipelined() instanceof OnLane
      ? ((OnLane) parts.pipelined()).withEngineTransaction(work)
      : parts.exclusive().withConnection(conn -> SqliteConnection.cast(conn).withEngineTransaction(work)));
  }

  public static <T> void complete(Promise<T> promise, T value, Throwable failure) {
    if (failure != null) {
      promise.fail(failure);
    } else {
      promise.complete(value);
    }
  }

  /** {@code call}'s future, or a failed one inside an engine transaction's work (a pool's own entries). */
  public static <T> Future<T> unlessInside(java.util.function.Supplier<Future<T>> call) {
    SqliteException refused = refusedInside();
    return refused != null ? Future.failedFuture(refused) : call.get();
  }

  /** The failure of an asynchronous call made inside an engine transaction's work, or null outside one. */
  public static SqliteException refusedInside() {
    return TransactionScope.activeOnThisThread() ? (SqliteException) Failures.toVertx(TransactionScope.asyncRefused()) : null;
  }
}
