package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import java.util.concurrent.TimeUnit;

/** Blocking waits for the examples' tests (test threads only, never an event loop). */
final class Await {

  private Await() {
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  /** The failure of a future that must fail ({@code null} when it succeeded). */
  static Throwable failure(Future<?> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().handle((v, e) -> e).get(60, TimeUnit.SECONDS);
  }
}
