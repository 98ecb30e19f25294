package io.github.vertxsqlite.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.core.Codes;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/** Reads rows of an executed statement into decoded value arrays. */
final class Rows {

  private Rows() {
  }

  /** The current row through the JDBC result set (cursors, which interleave with sqlite-jdbc's own stepping). */
  static Object[] read(ResultSet rs, List<ColumnInfo> columns) throws SQLException {
    int n = columns.size();
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      values[i] = TypeMapping.decode(columns.get(i).type(), rs.getObject(i + 1));
    }
    return values;
  }

  /**
   * Every row of a statement sqlite-jdbc has just executed (it has stepped onto the first row already), read
   * straight from SQLite: one storage-class call and one value call per column, no JDBC bookkeeping. The
   * caller closes the result set afterwards, which resets the statement.
   */
  static List<Object[]> readAll(CoreStatement statement, List<ColumnInfo> columns) throws SQLException {
    int n = columns.size();
    ValueType[] types = new ValueType[n];
    for (int i = 0; i < n; i++) {
      types[i] = columns.get(i).type();
    }
    return statement.pointer.<List<Object[]>, SQLException>safeRun((db, ptr) -> {
      List<Object[]> rows = new ArrayList<>();
      int rc = Codes.SQLITE_ROW;
      while (rc == Codes.SQLITE_ROW) {
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
          values[i] = TypeMapping.decode(types[i], value(db, ptr, i));
        }
        rows.add(values);
        rc = db.step(ptr);
      }
      if (rc != Codes.SQLITE_DONE) {
        db.throwex(rc);
      }
      return rows;
    });
  }

  private static Object value(DB db, long ptr, int col) throws SQLException {
    switch (db.column_type(ptr, col)) {
      case Codes.SQLITE_INTEGER:
        return db.column_long(ptr, col);
      case Codes.SQLITE_FLOAT:
        return db.column_double(ptr, col);
      case Codes.SQLITE_TEXT:
        return db.column_text(ptr, col);
      case Codes.SQLITE_BLOB:
        return db.column_blob(ptr, col);
      default:
        return null;
    }
  }
}
