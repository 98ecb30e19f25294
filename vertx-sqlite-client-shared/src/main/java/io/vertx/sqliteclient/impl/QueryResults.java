package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.ColumnInfo;
import io.github.vertxsqlite.engine.QueryResult;
import io.vertx.sqlclient.Row;
import io.vertx.sqliteclient.SqliteClient;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collector;

/**
 * Turns engine results into what a query command's handler receives. Work is split by thread: {@link #decode}
 * runs on the engine thread (value conversion, row descriptors), {@link #deliver} on the context (the user's
 * collector), so the event loop does as little as possible.
 */
public final class QueryResults {

  /** A result ready for the context: rows already hold Vert.x values. */
  public record Decoded(SqliteRowDesc desc, List<Object[]> rows, long updatedCount, Long lastInsertRowid) {
  }

  /** Row descriptors by column list: the engine reuses one list per compiled statement. Engine thread only. */
  private final Map<List<ColumnInfo>, SqliteRowDesc> descriptors = new IdentityHashMap<>();

  /** On the engine thread. */
  public List<Decoded> decode(List<QueryResult> results) {
    List<Decoded> decoded = new ArrayList<>(results.size());
    for (QueryResult r : results) {
      decoded.add(decode(r));
    }
    return decoded;
  }

  /** On the engine thread. */
  public Decoded decode(QueryResult result) {
    SqliteRowDesc desc = result.columns() == null ? null : descriptor(result.columns());
    List<Object[]> rows = result.rows();
    for (int i = 0, n = rows.size(); i < n; i++) {
      SqliteToVertx.decode(desc.types(), rows.get(i));
    }
    return new Decoded(desc, result.rows(), result.updatedCount(), result.lastInsertRowid());
  }

  private SqliteRowDesc descriptor(List<ColumnInfo> columns) {
    SqliteRowDesc desc = descriptors.get(columns);
    if (desc == null) {
      if (descriptors.size() >= 1024) {
        descriptors.clear(); // statements come and go: stay bounded
      }
      desc = SqliteRowDesc.of(columns);
      descriptors.put(columns, desc);
    }
    return desc;
  }

  /** On the context: delivers every result; a collector failure is returned, otherwise {@code null}. */
  public static Throwable deliver(QueryCommandView<?> cmd, List<Decoded> results) {
    try {
      for (Decoded result : results) {
        collect(cmd, result);
      }
      return null;
    } catch (Throwable failure) {
      return failure;
    }
  }

  private static <R> void collect(QueryCommandView<R> cmd, Decoded result) {
    collect(cmd, cmd.collector(), result);
  }

  private static <A, R> void collect(QueryCommandView<R> cmd, Collector<Row, A, R> collector, Decoded result) {
    A container = collector.supplier().get();
    BiConsumer<A, Row> accumulator = collector.accumulator();
    SqliteRow row = null;
    for (Object[] values : result.rows()) {
      if (row != null && row.tryRecycle()) {
        row.reset(values);
      } else {
        row = new SqliteRow(result.desc(), values);
      }
      accumulator.accept(container, row);
    }
    R value = collector.finisher().apply(container);
    cmd.handleResult((int) Math.min(Integer.MAX_VALUE, result.updatedCount()), result.rows().size(), result.desc(), value);
    if (result.lastInsertRowid() != null) {
      cmd.addProperty(SqliteClient.LAST_INSERTED_ID, result.lastInsertRowid());
    }
  }
}
