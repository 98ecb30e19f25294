package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.SqliteEngine;
import io.vertx.core.Context;

/**
 * What the actions of one connection share, on both Vert.x lines: its engine, the decoder of its results
 * (engine thread) and the way back to its context.
 */
public final class EngineLink {

  private final SqliteEngine engine;
  private final QueryResults results = new QueryResults();
  private final ContextOutbox outbox;

  public EngineLink(ContextAccess contexts, Context context, SqliteEngine engine) {
    this.engine = engine;
    this.outbox = new ContextOutbox(contexts, context);
  }

  public SqliteEngine engine() {
    return engine;
  }

  /** Decodes results on the engine thread; only the engine thread of this connection calls it. */
  public QueryResults results() {
    return results;
  }

  /**
   * Runs {@code task} on this connection's context, where every command completes. When Vert.x has already
   * shut the context's event loop down, the task runs here instead, so no future is left pending.
   */
  public void onContext(Runnable task) {
    outbox.post(task);
  }
}
