package io.github.vertxsqlite.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads rows of an open result set into decoded value arrays. */
final class Rows {

  private Rows() {
  }

  static Object[] read(ResultSet rs, List<ColumnInfo> columns) throws SQLException {
    int n = columns.size();
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      values[i] = TypeMapping.decode(columns.get(i).type(), rs.getObject(i + 1));
    }
    return values;
  }

  static List<Object[]> readAll(ResultSet rs, List<ColumnInfo> columns) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    while (rs.next()) {
      rows.add(read(rs, columns));
    }
    return rows;
  }
}
