package io.vertx.dqliteclient.impl;

import io.vertx.core.Future;
import io.vertx.sqlclient.internal.command.CloseConnectionCommand;
import io.vertx.sqlclient.internal.command.CloseCursorCommand;
import io.vertx.sqlclient.internal.command.CloseStatementCommand;
import io.vertx.sqlclient.internal.command.CommandBase;
import io.vertx.sqlclient.internal.command.CommandResponse;
import io.vertx.sqlclient.internal.command.ExtendedQueryCommand;
import io.vertx.sqlclient.internal.command.PrepareStatementCommand;
import io.vertx.sqlclient.internal.command.SimpleQueryCommand;
import io.vertx.sqlclient.internal.command.TxCommand;
import io.vertx.sqliteclient.impl.SpiCommands;
import java.util.function.Function;

/**
 * This line's SPI commands as the codec runs them: the one place that reads their types and fields, and hands
 * their outcomes back to the SQL client. The SPI lives in another package on each Vert.x line, so each line has
 * this file, the same on both but for the package names ({@code DqliteLineTwinsTest} checks it).
 */
final class SpiExchanges {

  private SpiExchanges() {
  }

  /** Runs {@code msg} on {@code codec} if it is an SPI command; {@code false} if it is something else. */
  static boolean accept(DqliteCodec codec, Object msg) {
    if (!(msg instanceof CommandBase)) {
      return false;
    }
    CommandBase<?> cmd = (CommandBase<?>) msg;
    if (cmd instanceof CloseConnectionCommand) {
      codec.closeAfterQueue();
      return true;
    }
    CursorStream open = cursorOf(codec, cmd);
    if (open == null) {
      codec.enqueue(exchange(codec, cmd));
    } else if (cmd instanceof CloseCursorCommand) {
      open.close(reply((CloseCursorCommand) cmd));
    } else {
      open.fetch(SpiCommands.view((ExtendedQueryCommand<?>) cmd), query(cmd));
    }
    return true;
  }

  /** The open cursor a fetch or close is for, or {@code null}. */
  private static CursorStream cursorOf(DqliteCodec codec, CommandBase<?> cmd) {
    if (cmd instanceof ExtendedQueryCommand && ((ExtendedQueryCommand<?>) cmd).cursorId() != null) {
      return codec.cursor(((ExtendedQueryCommand<?>) cmd).cursorId());
    } else if (cmd instanceof CloseCursorCommand) {
      return codec.cursor(((CloseCursorCommand) cmd).id());
    }
    return null;
  }

  private static Exchange exchange(DqliteCodec codec, CommandBase<?> cmd) {
    if (cmd instanceof SimpleQueryCommand) {
      return QueryExchange.simple(codec, SpiCommands.view((SimpleQueryCommand<?>) cmd), query(cmd));
    } else if (cmd instanceof ExtendedQueryCommand) {
      ExtendedQueryCommand<?> query = (ExtendedQueryCommand<?>) cmd;
      DqliteStatement ps = ((DqlitePreparedStatement) query.preparedStatement()).statement;
      // a cursor over a write runs as a query: QUERY must never carry a write (ReturningInsert says why)
      if (query.cursorId() != null && !query.isBatch() && ps.route == StatementRoute.QUERY) {
        return new CursorStream(codec, ps, SpiCommands.view(query), query(cmd));
      }
      return QueryExchange.extended(codec, ps, query.isBatch(), SpiCommands.view(query), query(cmd));
    } else if (cmd instanceof PrepareStatementCommand) {
      PrepareStatementCommand prepare = (PrepareStatementCommand) cmd;
      return new PrepareExchange(codec, prepare.sql(), prepare.isManaged(), reply(prepare, DqlitePreparedStatement::new));
    } else if (cmd instanceof TxCommand) {
      TxCommand<?> tx = (TxCommand<?>) cmd;
      return new TxExchange(codec, tx.kind.name(), txReply(tx));
    } else if (cmd instanceof CloseStatementCommand) {
      CloseStatementCommand close = (CloseStatementCommand) cmd;
      return new FinalizeExchange(codec, ((DqlitePreparedStatement) close.statement()).statement, reply(close));
    } else if (cmd instanceof CloseCursorCommand) {
      // a cursor that is not open any more (all its rows were read): nothing to do on the server
      return Immediate.done(codec, reply((CloseCursorCommand) cmd));
    }
    return Immediate.failed(codec, reply(cmd), Failures.misuse("The dqlite driver does not run " + cmd.getClass().getSimpleName()));
  }

  /** A query command completes with whether rows are left (a cursor's). */
  @SuppressWarnings("unchecked")
  private static Reply<Boolean> query(CommandBase<?> cmd) {
    return reply((CommandBase<Boolean>) cmd);
  }

  private static <R> Reply<Void> txReply(TxCommand<R> tx) {
    return reply(tx, v -> tx.result);
  }

  private static <R> Reply<R> reply(CommandBase<R> cmd) {
    return reply(cmd, result -> result);
  }

  /**
   * Completes {@code cmd} with what {@code result} makes of the exchange's result: up the pipeline, where the SQL
   * client counts the command done, or directly once the socket is closed.
   */
  private static <T, R> Reply<T> reply(CommandBase<R> cmd, Function<T, R> result) {
    return (pipeline, value, failure) -> {
      if (pipeline == null) {
        if (failure == null) {
          cmd.complete(Future.succeededFuture(result.apply(value)));
        } else {
          cmd.fail(failure);
        }
        return;
      }
      CommandResponse<R> response = failure == null
        ? CommandResponse.success(result.apply(value)) : CommandResponse.failure(failure);
      response.cmd = cmd;
      pipeline.fireChannelRead(response);
    };
  }
}
