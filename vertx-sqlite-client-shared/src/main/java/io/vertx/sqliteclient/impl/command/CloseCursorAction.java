package io.vertx.sqliteclient.impl.command;

import io.vertx.sqliteclient.impl.EngineCommand;
import io.vertx.sqliteclient.impl.EngineLink;

/** {@code cursor.close()} and the end of a {@code RowStream}: releases the cursor's open statement. */
public final class CloseCursorAction extends Action<Void> {

  private final String cursorId;

  public CloseCursorAction(EngineLink link, String cursorId, EngineCommand<Void> cmd) {
    super(link, cmd);
    this.cursorId = cursorId;
  }

  @Override
  public void run() {
    link.engine().closeCursor(cursorId, completeWith(null));
  }
}
