package io.vertx.sqliteclient.impl;

import io.vertx.core.Future;
import io.vertx.sqlclient.PropertyKind;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.impl.command.CloseCursorCommand;
import io.vertx.sqlclient.impl.command.CloseStatementCommand;
import io.vertx.sqlclient.impl.command.CommandBase;
import io.vertx.sqlclient.impl.command.ExtendedQueryCommand;
import io.vertx.sqlclient.impl.command.PrepareStatementCommand;
import io.vertx.sqlclient.impl.command.QueryCommandBase;
import io.vertx.sqlclient.impl.command.SimpleQueryCommand;
import io.vertx.sqlclient.impl.command.TxCommand;
import io.vertx.sqliteclient.impl.command.Action;
import io.vertx.sqliteclient.impl.command.BatchQueryAction;
import io.vertx.sqliteclient.impl.command.CloseCursorAction;
import io.vertx.sqliteclient.impl.command.CloseStatementAction;
import io.vertx.sqliteclient.impl.command.CursorQueryAction;
import io.vertx.sqliteclient.impl.command.ExtendedQueryAction;
import io.vertx.sqliteclient.impl.command.PrepareAction;
import io.vertx.sqliteclient.impl.command.SimpleQueryAction;
import io.vertx.sqliteclient.impl.command.TxAction;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * This line's SPI commands as the shared actions see them: the one place that reads their fields. The SPI
 * command classes live in another package on each Vert.x line, so each line has this file, the same on both
 * but for the package names ({@code LineTwinsTest} checks it).
 */
public final class SpiCommands {

  private SpiCommands() {
  }

  /** The action that runs {@code cmd} on the engine; {@code null} for a command the connection runs itself. */
  static Action<?> action(EngineLink link, CommandBase<?> cmd) {
    if (cmd instanceof SimpleQueryCommand) {
      return new SimpleQueryAction(link, new Query<>((SimpleQueryCommand<?>) cmd));
    } else if (cmd instanceof ExtendedQueryCommand) {
      ExtendedQueryCommand<?> query = (ExtendedQueryCommand<?>) cmd;
      if (query.isBatch()) {
        return new BatchQueryAction(link, new Query<>(query));
      } else if (query.cursorId() != null) {
        return new CursorQueryAction(link, new Query<>(query));
      }
      return new ExtendedQueryAction(link, new Query<>(query));
    } else if (cmd instanceof PrepareStatementCommand) {
      PrepareStatementCommand prepare = (PrepareStatementCommand) cmd;
      return new PrepareAction<>(link, prepare.sql(), prepare.isManaged(), SqlitePreparedStatement::new, completing(prepare, statement -> statement));
    } else if (cmd instanceof TxCommand) {
      TxCommand<?> tx = (TxCommand<?>) cmd;
      return new TxAction(link, TxAction.Kind.valueOf(tx.kind.name()), txCompleting(tx));
    } else if (cmd instanceof CloseStatementCommand) {
      CloseStatementCommand close = (CloseStatementCommand) cmd;
      return new CloseStatementAction(link, close.statement().sql(), completing(close, v -> null));
    } else if (cmd instanceof CloseCursorCommand) {
      CloseCursorCommand close = (CloseCursorCommand) cmd;
      return new CloseCursorAction(link, close.id(), completing(close, v -> null));
    }
    return null;
  }

  /** A query command as the shared code (and the dqlite driver) reads it. */
  public static <R> QueryCommandView<R> view(QueryCommandBase<R> cmd) {
    return new Query<>(cmd);
  }

  /** A transaction command completes with its own result. */
  private static <R> EngineCommand<Void> txCompleting(TxCommand<R> tx) {
    return completing(tx, v -> tx.result);
  }

  /** Completes {@code cmd} with what {@code result} makes of the action's outcome. */
  private static <T, R> EngineCommand<T> completing(CommandBase<R> cmd, Function<T, R> result) {
    return new EngineCommand<>() {
      @Override
      public void succeed(T value) {
        cmd.complete(Future.succeededFuture(result.apply(value)));
      }

      @Override
      public void fail(Throwable failure) {
        cmd.fail(failure);
      }
    };
  }

  /** A query command; simple queries have no parameters and no cursor. */
  private static final class Query<R> implements QueryCommandView<R> {

    private final QueryCommandBase<R> cmd;

    Query(QueryCommandBase<R> cmd) {
      this.cmd = cmd;
    }

    private ExtendedQueryCommand<R> extended() {
      return (ExtendedQueryCommand<R>) cmd;
    }

    @Override
    public String sql() {
      return cmd.sql();
    }

    @Override
    public Tuple params() {
      return extended().params();
    }

    @Override
    public List<? extends Tuple> paramsList() {
      return extended().paramsList();
    }

    @Override
    public String cursorId() {
      return extended().cursorId();
    }

    @Override
    public int fetch() {
      return extended().fetch();
    }

    @Override
    public Collector<Row, ?, R> collector() {
      return cmd.collector();
    }

    @Override
    public void handleResult(int updatedCount, int size, SqliteRowDesc desc, R value) {
      cmd.resultHandler().handleResult(updatedCount, size, desc, value, null);
    }

    @Override
    public <V> void addProperty(PropertyKind<V> property, V value) {
      cmd.resultHandler().addProperty(property, value);
    }

    @Override
    public void succeed(Boolean suspended) {
      cmd.complete(Future.succeededFuture(suspended));
    }

    @Override
    public void fail(Throwable failure) {
      cmd.fail(failure);
    }
  }
}
