package io.vertx.sqliteclient.impl.command;

import io.github.vertxsqlite.engine.Callback;
import io.vertx.core.Future;
import io.vertx.sqlclient.impl.command.CommandBase;
import io.vertx.sqliteclient.impl.Failures;
import io.vertx.sqliteclient.impl.SqliteEngineConnection;

/**
 * Runs one SQL client command on the engine and completes it on the connection's context. One subclass per
 * command kind; they differ only in which engine call they make and how they read its outcome.
 */
public abstract class Action<C extends CommandBase<R>, R> {

  protected final SqliteEngineConnection conn;
  protected final C cmd;

  protected Action(SqliteEngineConnection conn, C cmd) {
    this.conn = conn;
    this.cmd = cmd;
  }

  /** Submits the command to the engine; called on the scheduling thread. */
  public abstract void run();

  /** An engine callback that completes the command with {@code value} once the engine succeeds. */
  protected <T> Callback<T> completeWith(R value) {
    return (ignored, err) -> {
      if (err != null) {
        fail(err);
      } else {
        succeed(value);
      }
    };
  }

  protected void succeed(R result) {
    conn.onContext(() -> cmd.complete(Future.succeededFuture(result)));
  }

  protected void fail(Throwable failure) {
    conn.onContext(() -> cmd.fail(Failures.toVertx(failure)));
  }
}
