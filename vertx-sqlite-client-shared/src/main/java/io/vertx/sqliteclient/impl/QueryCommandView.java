package io.vertx.sqliteclient.impl;

import io.vertx.sqlclient.PropertyKind;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.stream.Collector;

/**
 * A query command (simple, extended, cursor or batch) as the shared actions see it: what to run, and where its
 * results go. It completes with {@code true} while a cursor has more rows.
 */
public interface QueryCommandView<R> extends EngineCommand<Boolean> {

  String sql();

  /** The parameters of one run; only for extended queries. */
  Tuple params();

  /** The parameter sets of a batch. */
  List<? extends Tuple> paramsList();

  /** The cursor a fetch reads from, {@code null} when the query is not a cursor read. */
  String cursorId();

  /** How many rows a cursor read returns at most. */
  int fetch();

  Collector<Row, ?, R> collector();

  /** Hands one collected result to the command's result handler (on the context). */
  void handleResult(int updatedCount, int size, SqliteRowDesc desc, R value);

  <V> void addProperty(PropertyKind<V> property, V value);
}
