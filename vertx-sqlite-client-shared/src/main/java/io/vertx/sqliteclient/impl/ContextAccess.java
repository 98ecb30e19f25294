package io.vertx.sqliteclient.impl;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;

/**
 * The Vert.x context internals the shared code needs, whose package differs between Vert.x lines: each line's
 * {@code CoreAccess} implements it, and whoever builds a shared object that completes on a context hands it over.
 */
public interface ContextAccess {

  /** Runs {@code handler} on {@code context}; throws RejectedExecutionException once Vert.x is closed. */
  <T> void emit(Context context, T value, Handler<T> handler);

  /** A promise whose listeners run on {@code context}, whichever thread completes it. */
  <T> Promise<T> promise(Context context);

  <T> Future<T> failedFuture(Context context, Throwable failure);
}
