package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.SqliteEngine;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.command.CloseConnectionCommand;
import io.vertx.sqlclient.internal.command.CommandBase;
import io.vertx.sqlclient.internal.command.CompositeCommand;
import io.vertx.sqlclient.spi.DatabaseMetadata;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.impl.command.Action;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The SQL client's view of one SQLite connection. Commands go straight to the engine's FIFO (it is
 * thread-safe and keeps their order); outcomes come back on this connection's context.
 */
public final class SqliteEngineConnection implements Connection {

  private final EngineLink link;
  private final SqliteConnectOptions options;
  private final ClientMetrics metrics;
  private final SqliteMetadata metadata;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final Promise<Void> closed;

  SqliteEngineConnection(ContextInternal context, SqliteEngine engine, SqliteConnectOptions options, ClientMetrics metrics) {
    this.link = new EngineLink(context, engine);
    this.options = options;
    this.metrics = metrics;
    this.metadata = new SqliteMetadata(engine.sqliteVersion());
    this.closed = context.promise();
  }

  public SqliteEngine engine() {
    return link.engine();
  }

  private void onContext(Runnable task) {
    link.onContext(task);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <R> void schedule(CommandBase<R> cmd, Completable<R> handler) {
    cmd.handler = handler;
    if (closing.get() && !(cmd instanceof CloseConnectionCommand)) {
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
    if (closing.compareAndSet(false, true)) {
      link.engine().close((v, err) -> onContext(() -> {
        if (metrics != null) {
          metrics.close();
        }
        closed.complete();
      }));
    }
    Future<Void> done = closed.future();
    if (holder != null) {
      done = done.andThen(ar -> holder.handleClosed());
    }
    done.onComplete(promise);
  }

  @Override
  public void init(Holder holder) {
  }

  @Override
  public boolean isValid() {
    return link.engine().isOpen() && !closing.get();
  }

  @Override
  public int pipeliningLimit() {
    // the engine queues and orders commands itself: a pipelined lane may hand it this many one-shot queries
    return options.getPipeliningLimit();
  }

  @Override
  public TracingPolicy tracingPolicy() {
    return options.getTracingPolicy();
  }

  /** SQLite has no server: the database file stands in as a domain-socket address for tracing and metrics. */
  @Override
  public SocketAddress server() {
    return address(options);
  }

  static SocketAddress address(SqliteConnectOptions options) {
    return SocketAddress.domainSocketAddress(String.valueOf(options.getDatabase()));
  }

  @Override
  public String system() {
    return "sqlite";
  }

  @Override
  public String database() {
    return options.getDatabase();
  }

  @Override
  public String user() {
    return options.getUser();
  }

  @Override
  public ClientMetrics metrics() {
    return metrics;
  }

  @Override
  public boolean isSsl() {
    return false;
  }

  @Override
  public DatabaseMetadata getDatabaseMetaData() {
    return metadata;
  }

  @Override
  public int getProcessId() {
    return 0;
  }

  @Override
  public int getSecretKey() {
    return 0;
  }
}
