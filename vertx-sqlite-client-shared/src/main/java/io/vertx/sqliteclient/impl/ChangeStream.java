package io.vertx.sqliteclient.impl;

import io.vertx.core.Handler;
import io.vertx.core.Context;
import io.vertx.core.streams.ReadStream;
import io.vertx.sqliteclient.SqliteChange;
import java.util.ArrayDeque;

/**
 * A subscriber's view of a connection's changes, delivered on the subscriber's context as it asks for them
 * ({@code pause}/{@code resume}/{@code fetch}). SQLite cannot be paused, so events wait here; past
 * {@link #MAX_BUFFERED} the oldest are dropped and the exception handler is told once per overflow.
 */
final class ChangeStream implements ReadStream<SqliteChange> {

  static final int MAX_BUFFERED = 10_000;

  private final ContextAccess contexts;
  private final Context context;
  private final Runnable onUnsubscribe;
  // touched on the context only
  private final ArrayDeque<SqliteChange> pending = new ArrayDeque<>();
  private long demand = Long.MAX_VALUE;
  private Handler<SqliteChange> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;
  private boolean ended;
  private boolean overflowing;

  ChangeStream(ContextAccess contexts, Context context, Runnable onUnsubscribe) {
    this.contexts = contexts;
    this.context = context;
    this.onUnsubscribe = onUnsubscribe;
  }

  /** From the engine thread (inside SQLite's hook: it must not throw). */
  void offer(SqliteChange change) {
    emit(change, this::enqueue);
  }

  /** From any thread: the connection closed. */
  void end() {
    emit(null, v -> {
      ended = true;
      drain();
    });
  }

  /** Events for a subscriber whose Vert.x has shut down have nobody to reach: they are dropped. */
  private <T> void emit(T value, Handler<T> handler) {
    try {
      contexts.emit(context, value, handler);
    } catch (java.util.concurrent.RejectedExecutionException subscriberGone) {
      // nothing to deliver to
    }
  }

  private void enqueue(SqliteChange change) {
    if (ended) {
      return;
    }
    if (pending.size() == MAX_BUFFERED) {
      pending.poll();
      if (!overflowing) {
        overflowing = true;
        Handler<Throwable> h = exceptionHandler;
        if (h != null) {
          h.handle(new IllegalStateException("The change stream fell " + MAX_BUFFERED + " events behind; the oldest are being dropped"));
        }
      }
    } else {
      overflowing = false;
    }
    pending.add(change);
    drain();
  }

  private void drain() {
    while (demand > 0 && !pending.isEmpty()) {
      if (demand != Long.MAX_VALUE) {
        demand--;
      }
      Handler<SqliteChange> h = handler;
      SqliteChange next = pending.poll();
      if (h != null) {
        h.handle(next);
      }
    }
    if (ended && pending.isEmpty() && endHandler != null) {
      Handler<Void> h = endHandler;
      endHandler = null;
      h.handle(null);
    }
  }

  @Override
  public ChangeStream exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    return this;
  }

  /** A handler subscribes; {@code null} unsubscribes for good. */
  @Override
  public ChangeStream handler(Handler<SqliteChange> handler) {
    this.handler = handler;
    if (handler == null) {
      ended = true;
      pending.clear();
      onUnsubscribe.run();
    }
    return this;
  }

  @Override
  public ChangeStream pause() {
    demand = 0;
    return this;
  }

  @Override
  public ChangeStream resume() {
    return fetch(Long.MAX_VALUE);
  }

  @Override
  public ChangeStream fetch(long amount) {
    if (amount > 0) {
      demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
      emit(null, v -> drain());
    }
    return this;
  }

  @Override
  public ChangeStream endHandler(Handler<Void> endHandler) {
    this.endHandler = endHandler;
    return this;
  }
}
