package io.vertx.dqliteclient.impl;

import io.github.vertxsqlite.engine.ColumnInfo;
import io.vertx.sqliteclient.impl.SqliteRowDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Row descriptors by column names, per connection: the same query returns the same names, so its rows share one
 * descriptor. The server sends no declared types, so every column is described as an expression's would be.
 */
final class ResultDescs {

  private static final int MAX = 256;

  private final Map<List<String>, SqliteRowDesc> byNames = new HashMap<>();

  SqliteRowDesc of(List<String> names) {
    SqliteRowDesc desc = byNames.get(names);
    if (desc == null) {
      if (byNames.size() >= MAX) {
        byNames.clear(); // queries come and go: stay bounded
      }
      List<ColumnInfo> columns = new ArrayList<>(names.size());
      for (String name : names) {
        columns.add(new ColumnInfo(name, null));
      }
      desc = SqliteRowDesc.of(columns);
      byNames.put(names, desc);
    }
    return desc;
  }
}
