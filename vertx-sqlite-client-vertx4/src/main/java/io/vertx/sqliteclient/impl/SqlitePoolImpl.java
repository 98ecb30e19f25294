package io.vertx.sqliteclient.impl;

import io.vertx.core.impl.CloseFuture;
import io.vertx.core.impl.VertxInternal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.impl.PoolBase;

/** The pool users hold (Vert.x 4.5): closes with its close future, delegates everything else. */
public final class SqlitePoolImpl extends PoolBase<SqlitePoolImpl> {

  public SqlitePoolImpl(VertxInternal vertx, CloseFuture closeFuture, Pool delegate) {
    super(vertx, closeFuture, delegate);
  }
}
