package io.github.vertxsqlite.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An open result read a few rows at a time. It owns a statement of its own, outside the cache, so other
 * commands can run the same SQL meanwhile. Exhausted cursors release their statement at once.
 */
final class Cursor {

  private final Prepared prepared;
  private final ResultSet rs;
  private final List<ColumnInfo> columns;
  /** sqlite-jdbc has already stepped onto a row nobody has read yet. */
  private boolean rowPending;
  private boolean exhausted;
  private boolean accounted;

  Cursor(Prepared prepared, ResultSet rs) throws SQLException {
    this.prepared = prepared;
    this.rs = rs;
    this.columns = SqliteJdbc.columns(prepared.ps); // after the first step: the schema it ran against
  }

  QueryResult fetch(int max) throws SQLException {
    if (exhausted) {
      return new QueryResult(columns, List.of(), 0, null, false);
    }
    List<Object[]> rows = new ArrayList<>(Math.min(max, 1024));
    while (rows.size() < max && (rowPending || rs.next())) {
      rowPending = false;
      rows.add(read());
    }
    boolean more = rows.size() == max && rs.next();
    rowPending = more;
    if (!more) {
      close();
    }
    return new QueryResult(columns, rows, rows.size(), null, more);
  }

  /** The current row through the JDBC result set: a cursor interleaves with sqlite-jdbc's own stepping. */
  private Object[] read() throws SQLException {
    int n = columns.size();
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      values[i] = SqliteToJava.decode(columns.get(i).type(), rs.getObject(i + 1));
    }
    return values;
  }

  /** True the first time only: the session counts each cursor's end once, whether it ran out or was closed. */
  boolean finishAccounting() {
    if (accounted) {
      return false;
    }
    accounted = true;
    return true;
  }

  /** Whether the cursor's statement writes (INSERT … RETURNING read through a cursor). */
  boolean writes() {
    return prepared.kind.takesWriteLock();
  }

  void close() {
    if (!exhausted) {
      exhausted = true;
      try {
        rs.close();
      } catch (SQLException ignore) {
        // the statement is closed next anyway
      }
      prepared.close();
    }
  }
}
