package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.ColumnInfo;
import io.github.vertxsqlite.engine.ValueType;
import java.util.List;

/**
 * The columns of a result, with the value types the adapter needs to finish decoding. Written once for both
 * Vert.x lines over {@code RowDescBase}, each line's name for the SPI's {@code RowDesc}.
 */
public final class SqliteRowDesc extends RowDescBase {

  public static final SqliteRowDesc EMPTY = new SqliteRowDesc(List.of());

  private final ValueType[] types;

  private SqliteRowDesc(List<ColumnInfo> columns) {
    super(descriptors(columns));
    types = new ValueType[columns.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = columns.get(i).type();
    }
  }

  public static SqliteRowDesc of(List<ColumnInfo> columns) {
    return columns == null || columns.isEmpty() ? EMPTY : new SqliteRowDesc(columns);
  }

  ValueType[] types() {
    return types;
  }

  private static SqliteColumnDesc[] descriptors(List<ColumnInfo> columns) {
    SqliteColumnDesc[] descs = new SqliteColumnDesc[columns.size()];
    for (int i = 0; i < descs.length; i++) {
      descs[i] = new SqliteColumnDesc(columns.get(i));
    }
    return descs;
  }
}
