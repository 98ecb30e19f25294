package io.github.vertxsqlite.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A compiled statement owned by the engine thread, with what it knows about its parameters and columns. */
final class Prepared {

  final String sql;
  final PreparedStatement ps;
  final int parameterCount;
  /** Only INSERT/REPLACE report a last insert rowid: after other statements SQLite's value is stale. */
  final boolean inserts;
  final StatementKind kind;
  /** Pins from managed prepared statements; a pinned statement is never evicted. */
  int pins;
  private List<ColumnInfo> columns;
  private boolean closed;

  Prepared(String sql, PreparedStatement ps, StatementKind kind) throws SQLException {
    this.sql = sql;
    this.ps = ps;
    this.parameterCount = ps.getParameterMetaData().getParameterCount();
    String keyword = SqlSplitter.firstKeyword(sql);
    this.inserts = keyword.equals("INSERT") || keyword.equals("REPLACE");
    this.kind = kind;
  }

  /**
   * The result columns (empty for statements that return no rows), read from SQLite itself: sqlite-jdbc's
   * metadata invents "NUMERIC" for expressions and needs an open result. Re-read when the count changed,
   * since SQLite recompiles a statement after a schema change ({@code SELECT *} after {@code ALTER TABLE}).
   */
  List<ColumnInfo> columns() throws SQLException {
    if (columns == null || columns.size() != SqliteJdbc.columnCount(ps)) {
      columns = SqliteJdbc.columns(ps);
    }
    return columns;
  }

  boolean isClosed() {
    if (closed) {
      return true;
    }
    try {
      return ps.isClosed() || SqliteJdbc.finalized(ps);
    } catch (SQLException e) {
      return true;
    }
  }

  void close() {
    // closed for the engine even when sqlite-jdbc's close fails half-way: it must never go back to the cache
    closed = true;
    try {
      ps.close();
    } catch (SQLException ignore) {
      // closing a statement of a closing connection: nothing left to release
    }
  }
}
