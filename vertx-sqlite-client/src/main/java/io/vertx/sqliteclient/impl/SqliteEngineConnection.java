package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.SqliteEngine;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.command.CloseConnectionCommand;
import io.vertx.sqlclient.internal.command.CommandBase;
import io.vertx.sqlclient.internal.command.CompositeCommand;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.impl.command.Action;

/**
 * The SQL client's view of one SQLite connection (Vert.x 5). Commands go straight to the engine's FIFO (it is
 * thread-safe and keeps their order); outcomes come back on this connection's context. What both lines share
 * is in {@link EngineConnectionBase}.
 */
public final class SqliteEngineConnection extends EngineConnectionBase implements Connection {

  SqliteEngineConnection(ContextInternal context, SqliteEngine engine, SqliteConnectOptions options, ClientMetrics metrics) {
    super(CoreAccess.INSTANCE, context, engine, options, metrics);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <R> void schedule(CommandBase<R> cmd, Completable<R> handler) {
    cmd.handler = handler;
    if (isClosing() && !(cmd instanceof CloseConnectionCommand)) {
      onContext(() -> cmd.fail(ClosedConnectionException.INSTANCE));
      return;
    }
    try {
      Action<?> action = SpiCommands.action(link, cmd);
      if (action != null) {
        action.run();
      } else if (cmd instanceof CloseConnectionCommand) {
        close(null, (Completable) handler);
      } else if (cmd instanceof CompositeCommand) {
        // sub-commands keep their own handlers; the group itself is done once they are queued
        for (CommandBase<?> sub : ((CompositeCommand) cmd).commands()) {
          schedule((CommandBase) sub, sub.handler);
        }
        onContext(() -> cmd.complete(Future.succeededFuture()));
      } else {
        onContext(() -> cmd.fail(new IllegalStateException("Command not supported by the SQLite driver: " + cmd.getClass().getName())));
      }
    } catch (RuntimeException e) {
      // a parameter that cannot be encoded, refused on the caller's thread
      onContext(() -> cmd.fail(e));
    }
  }

  @Override
  public void close(Holder holder, Completable<Void> promise) {
    Future<Void> done = closeEngine();
    if (holder != null) {
      done = done.andThen(ar -> holder.handleClosed());
    }
    done.onComplete(promise);
  }

  @Override
  public void init(Holder holder) {
  }
}
