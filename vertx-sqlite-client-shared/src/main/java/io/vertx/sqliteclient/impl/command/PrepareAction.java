package io.vertx.sqliteclient.impl.command;

import io.github.vertxsqlite.engine.StatementInfo;
import io.vertx.sqliteclient.impl.EngineCommand;
import io.vertx.sqliteclient.impl.EngineLink;
import java.util.function.Function;

/**
 * {@code conn.prepare(sql)}: compiles on the engine; a managed statement stays compiled until closed. The
 * line's prepared statement ({@code P}) is made from the engine's {@link StatementInfo} on the engine thread.
 */
public final class PrepareAction<P> extends Action<P> {

  private final String sql;
  private final boolean managed;
  private final Function<StatementInfo, P> statement;

  public PrepareAction(EngineLink link, String sql, boolean managed, Function<StatementInfo, P> statement, EngineCommand<P> cmd) {
    super(link, cmd);
    this.sql = sql;
    this.managed = managed;
    this.statement = statement;
  }

  @Override
  public void run() {
    link.engine().prepare(sql, managed, (info, err) -> {
      if (err != null) {
        fail(err);
      } else {
        succeed(statement.apply(info));
      }
    });
  }
}
