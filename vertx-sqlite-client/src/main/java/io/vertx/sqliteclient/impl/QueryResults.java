package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.QueryResult;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.internal.QueryResultHandler;
import io.vertx.sqlclient.internal.command.QueryCommandBase;
import io.vertx.sqliteclient.SqliteClient;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collector;

/** Feeds engine results through a query command's collector into its result handler, on the context. */
public final class QueryResults {

  private QueryResults() {
  }

  /** Delivers every result; a collector failure is returned (and fails the command), otherwise {@code null}. */
  public static Throwable deliver(QueryCommandBase<?> cmd, List<QueryResult> results) {
    for (QueryResult result : results) {
      Throwable failure = deliver(cmd, result);
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  public static Throwable deliver(QueryCommandBase<?> cmd, QueryResult result) {
    try {
      collect(cmd, result);
      return null;
    } catch (Throwable failure) {
      return failure;
    }
  }

  private static <R> void collect(QueryCommandBase<R> cmd, QueryResult result) {
    collect(cmd, cmd.collector(), result);
  }

  private static <A, R> void collect(QueryCommandBase<R> cmd, Collector<Row, A, R> collector, QueryResult result) {
    SqliteRowDesc desc = result.columns() == null ? null : SqliteRowDesc.of(result.columns());
    A container = collector.supplier().get();
    BiConsumer<A, Row> accumulator = collector.accumulator();
    SqliteRow row = null;
    for (Object[] values : result.rows()) {
      Values.decode(desc, values);
      if (row != null && row.tryRecycle()) {
        row.reset(values);
      } else {
        row = new SqliteRow(desc, values);
      }
      accumulator.accept(container, row);
    }
    R value = collector.finisher().apply(container);
    QueryResultHandler<R> handler = cmd.resultHandler();
    handler.handleResult((int) Math.min(Integer.MAX_VALUE, result.updatedCount()), result.rows().size(), desc, value, null);
    if (result.lastInsertRowid() != null) {
      handler.addProperty(SqliteClient.LAST_INSERTED_ID, result.lastInsertRowid());
    }
  }
}
