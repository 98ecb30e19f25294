package io.vertx.dqliteclient.impl;

import io.vertx.sqlclient.internal.command.CloseCursorCommand;
import io.vertx.sqlclient.internal.command.CloseStatementCommand;
import io.vertx.sqlclient.internal.command.CommandBase;
import io.vertx.sqlclient.internal.command.ExtendedQueryCommand;
import io.vertx.sqlclient.internal.command.PrepareStatementCommand;
import io.vertx.sqlclient.internal.command.SimpleQueryCommand;
import io.vertx.sqlclient.internal.command.TxCommand;

/** Which exchange runs an SPI command: the one place that reads the command types. */
final class Exchanges {

  private Exchanges() {
  }

  static Exchange of(CommandBase<?> cmd, DqliteCodec codec) {
    if (cmd instanceof SimpleQueryCommand) {
      return QueryExchange.simple(codec, (SimpleQueryCommand<?>) cmd);
    } else if (cmd instanceof ExtendedQueryCommand) {
      ExtendedQueryCommand<?> query = (ExtendedQueryCommand<?>) cmd;
      // a cursor over a write runs as a query: QUERY must never carry a write (ReturningInsert says why)
      if (query.cursorId() != null && !query.isBatch()
        && ((DqlitePreparedStatement) query.preparedStatement()).route == StatementRoute.QUERY) {
        return new CursorStream(codec, query);
      }
      return QueryExchange.extended(codec, query);
    } else if (cmd instanceof PrepareStatementCommand) {
      return new PrepareExchange(codec, (PrepareStatementCommand) cmd);
    } else if (cmd instanceof TxCommand) {
      return TxExchange.of(codec, (TxCommand<?>) cmd);
    } else if (cmd instanceof CloseStatementCommand) {
      return new FinalizeExchange(codec, (CloseStatementCommand) cmd);
    } else if (cmd instanceof CloseCursorCommand) {
      // a cursor that is not open any more (all its rows were read): nothing to do on the server
      return Immediate.done(codec, cmd);
    } else if (cmd instanceof SessionCommand) {
      return ((SessionCommand<?>) cmd).exchange(codec);
    }
    return Immediate.failed(codec, cmd, Failures.misuse("The dqlite driver does not run " + cmd.getClass().getSimpleName()));
  }
}
