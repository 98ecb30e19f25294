package io.vertx.sqliteclient.impl.command;

import io.vertx.sqliteclient.impl.EngineCommand;
import io.vertx.sqliteclient.impl.EngineLink;

/**
 * {@code begin()}, {@code commit()}, {@code rollback()}: the engine begins in the configured transaction mode
 * and tracks the transaction to hold the database's writer gate for exactly its duration. {@code begin()}
 * completes at once: the engine runs BEGIN just before the transaction's first statement, so a transaction
 * costs one round trip less (a failing BEGIN fails that first statement).
 */
public final class TxAction extends Action<Void> {

  /** The SPI's transaction command kinds, by the same names on both lines. */
  public enum Kind { BEGIN, COMMIT, ROLLBACK }

  private final Kind kind;

  /** {@code cmd} completes with the SPI command's own result. */
  public TxAction(EngineLink link, Kind kind, EngineCommand<Void> cmd) {
    super(link, cmd);
    this.kind = kind;
  }

  @Override
  public void run() {
    switch (kind) {
      case BEGIN:
        link.engine().beginWithNextCommand();
        succeed(null);
        break;
      case COMMIT:
        link.engine().commit(completeWith(null));
        break;
      default:
        link.engine().rollback(completeWith(null));
    }
  }
}
