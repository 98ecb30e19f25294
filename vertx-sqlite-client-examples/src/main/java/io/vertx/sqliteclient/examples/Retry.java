package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqliteclient.SqliteException;
import java.util.function.Function;

/**
 * A transaction with retry: transient failures ({@code SQLITE_BUSY} from another process holding the database,
 * {@code SQLITE_INTERRUPT} from a query timeout) are retried after a growing pause; anything else fails at once.
 */
public final class Retry {

  private Retry() {
  }

  // tag::retry[]
  public static <T> Future<T> withTransaction(Vertx vertx, Pool pool, int attempts, Function<SqlConnection, Future<T>> work) {
    return attempt(vertx, pool, 1, attempts, work);
  }

  private static <T> Future<T> attempt(Vertx vertx, Pool pool, int attempt, int attempts, Function<SqlConnection, Future<T>> work) {
    return pool.withTransaction(work).recover(err -> {          // withTransaction rolled the failed attempt back
      if (attempt < attempts && isTransient(err)) {
        long pauseMs = 10L << Math.min(attempt - 1, 6);           // 10, 20, 40 … 640 ms
        return vertx.timer(pauseMs).compose(v -> attempt(vertx, pool, attempt + 1, attempts, work));
      }
      return Future.failedFuture(err);
    });
  }

  static boolean isTransient(Throwable err) {
    return err instanceof SqliteException
      && (((SqliteException) err).getPrimaryCode() == 5 || ((SqliteException) err).getPrimaryCode() == 9);
  }
  // end::retry[]
}
