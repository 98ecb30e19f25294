package io.vertx.sqliteclient.impl.command;

import io.vertx.sqliteclient.impl.EngineCommand;
import io.vertx.sqliteclient.impl.EngineLink;

/** {@code preparedStatement.close()}: drops the engine's pin on the compiled statement. */
public final class CloseStatementAction extends Action<Void> {

  private final String sql;

  public CloseStatementAction(EngineLink link, String sql, EngineCommand<Void> cmd) {
    super(link, cmd);
    this.sql = sql;
  }

  @Override
  public void run() {
    link.engine().unprepare(sql, completeWith(null));
  }
}
