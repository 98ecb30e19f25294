package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.SqliteEngine;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.impl.Connection;
import io.vertx.sqlclient.impl.command.CloseConnectionCommand;
import io.vertx.sqlclient.impl.command.CommandBase;
import io.vertx.sqlclient.impl.command.CompositeCommand;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.impl.command.Action;

/**
 * The SQL client's view of one SQLite connection (Vert.x 4.5). Commands go straight to the engine's FIFO (it is
 * thread-safe and keeps their order); outcomes come back on this connection's context. What both lines share
 * is in {@link EngineConnectionBase}.
 */
public final class SqliteEngineConnection extends EngineConnectionBase implements Connection {

  SqliteEngineConnection(ContextInternal context, SqliteEngine engine, SqliteConnectOptions options, ClientMetrics metrics) {
    super(CoreAccess.INSTANCE, context, engine, options, metrics);
  }

  /** Completes on the caller's {@code context}; the command itself completes on this connection's context. */
  @Override
  public <R> Future<R> schedule(ContextInternal context, CommandBase<R> cmd) {
    Promise<R> promise = context.promise();
    cmd.handler = promise;
    schedule(cmd);
    return promise.future();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <R> void schedule(CommandBase<R> cmd) {
    if (isClosing() && !(cmd instanceof CloseConnectionCommand)) {
      onContext(() -> cmd.fail(ClosedConnectionException.INSTANCE));
      return;
    }
    try {
      Action<?> action = SpiCommands.action(link, cmd);
      if (action != null) {
        action.run();
      } else if (cmd instanceof CloseConnectionCommand) {
        close(null, (Promise) cmd.handler);
      } else if (cmd instanceof CompositeCommand) {
        // sub-commands keep their own handlers; the group itself is done once they are queued
        for (CommandBase<?> sub : ((CompositeCommand) cmd).commands()) {
          schedule((CommandBase) sub);
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
  public void close(Holder holder, Promise<Void> promise) {
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
