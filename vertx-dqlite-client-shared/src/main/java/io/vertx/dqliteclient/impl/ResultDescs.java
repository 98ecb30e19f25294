package io.vertx.dqliteclient.impl;

import io.github.vertxsqlite.engine.ColumnInfo;
import io.vertx.sqliteclient.impl.SqliteRowDesc;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Row descriptors by column names, per connection: the same query returns the same names, so its rows share one
 * descriptor. The server sends no declared types, so a column is described as an expression's would be, except
 * where the server's value types tell its declaration: dqlite sends a BOOLEAN-declared column's values (a NULL
 * too) as BOOLEAN, and a DATE/DATETIME/TIMESTAMP-declared column's text as ISO8601, which are the only values that
 * decode as Boolean, LocalDate and LocalDateTime. The first row decides.
 */
final class ResultDescs {

  private static final int MAX = 256;

  private final Map<List<Object>, SqliteRowDesc> byNames = new HashMap<>();

  /** {@code firstRow}: the result's first row, {@code null} when it has none. */
  SqliteRowDesc of(List<String> names, Object[] firstRow) {
    String[] declared = new String[names.size()];
    if (firstRow != null) {
      for (int i = 0; i < declared.length && i < firstRow.length; i++) {
        declared[i] = implied(firstRow[i]);
      }
    }
    List<Object> key = List.of(names, Arrays.asList(declared));
    SqliteRowDesc desc = byNames.get(key);
    if (desc == null) {
      if (byNames.size() >= MAX) {
        byNames.clear(); // queries come and go: stay bounded
      }
      List<ColumnInfo> columns = new ArrayList<>(names.size());
      for (int i = 0; i < declared.length; i++) {
        columns.add(new ColumnInfo(names.get(i), declared[i]));
      }
      desc = SqliteRowDesc.of(columns);
      byNames.put(key, desc);
    }
    return desc;
  }

  /** The declared type a decoded value proves, or {@code null}. */
  private static String implied(Object value) {
    if (value instanceof Boolean) {
      return "BOOLEAN";
    } else if (value instanceof LocalDate) {
      return "DATE";
    } else if (value instanceof LocalDateTime) {
      return "DATETIME";
    }
    return null;
  }
}
