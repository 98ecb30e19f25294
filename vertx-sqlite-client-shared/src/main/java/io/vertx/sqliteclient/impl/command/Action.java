package io.vertx.sqliteclient.impl.command;

import io.github.vertxsqlite.engine.Callback;
import io.vertx.sqliteclient.impl.EngineCommand;
import io.vertx.sqliteclient.impl.EngineLink;
import io.vertx.sqliteclient.impl.Failures;

/**
 * Runs one SQL client command on the engine and completes it on the connection's context. One subclass per
 * command kind; they differ only in which engine call they make and how they read its outcome.
 */
public abstract class Action<R> {

  protected final EngineLink link;
  private final EngineCommand<R> cmd;

  protected Action(EngineLink link, EngineCommand<R> cmd) {
    this.link = link;
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
    link.onContext(() -> cmd.succeed(result));
  }

  protected void fail(Throwable failure) {
    link.onContext(() -> cmd.fail(Failures.toVertx(failure)));
  }
}
