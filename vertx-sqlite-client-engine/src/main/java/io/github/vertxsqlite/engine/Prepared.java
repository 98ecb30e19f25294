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
  /** Judged again when this connection changes its schema ({@link StatementCache#judgeAgain}). */
  StatementKind kind;
  /** CREATE, DROP, ALTER, ATTACH or DETACH: may change what names resolve to on this connection. */
  final boolean changesSchema;
  /** Pins from managed prepared statements; a pinned statement is never evicted. */
  int pins;
  private List<ColumnInfo> columns;
  /** The {@link SchemaVersion} seen when {@link #columns} were last checked. */
  private long columnsVersion = SchemaVersion.UNKNOWN;
  /** Whether the statement surely ran against {@link #columnsVersion} (see {@link #columns}). */
  private boolean columnsExact;
  private boolean closed;

  Prepared(String sql, PreparedStatement ps, StatementKind kind) throws SQLException {
    this.sql = sql;
    this.ps = ps;
    this.parameterCount = ps.getParameterMetaData().getParameterCount();
    String keyword = SqlSplitter.firstKeyword(sql);
    this.inserts = keyword.equals("INSERT") || keyword.equals("REPLACE");
    this.changesSchema = SchemaVersion.changesSchema(keyword);
    this.kind = kind;
  }

  /**
   * The result columns (empty for statements that return no rows), read from SQLite itself: sqlite-jdbc's
   * metadata invents "NUMERIC" for expressions and needs an open result. They are read again when the schema
   * changed, as SQLite then recompiled the statement ({@code SELECT *} after {@code ALTER TABLE}: a column renamed
   * or replaced). {@code onRow}: the statement has just stepped onto a row, so the version read now is exactly
   * the one it ran against. After a statement that returned no row the version read may be later than its own;
   * the columns are then read once more when the same version is seen again (the statement has run at it since).
   */
  List<ColumnInfo> columns(SchemaVersion schema, boolean onRow) throws SQLException {
    if (SqliteJdbc.columnCount(ps) == 0) {
      return List.of();
    }
    long version = schema.current();
    boolean known = columns != null && version == columnsVersion;
    if (!known || !columnsExact) {
      List<ColumnInfo> now = SqliteJdbc.columns(ps);
      if (!now.equals(columns)) {
        columns = now; // a new list: row descriptors are kept per list
      }
    }
    columnsExact = onRow || known;
    columnsVersion = version;
    return columns;
  }

  /**
   * The columns as the schema is now, without running the statement. SQLite recompiles a statement compiled
   * before a schema change only when it next runs, so a fresh compile against the current schema describes it.
   */
  List<ColumnInfo> describe(SchemaVersion schema, Statements statements) throws SQLException, SqliteError {
    if (!returnsRows()) {
      return List.of();
    }
    if (!columnsStale(schema)) {
      return columns;
    }
    schema.load();
    Prepared fresh = statements.compile(sql);
    try {
      return SqliteJdbc.columns(fresh.ps);
    } finally {
      fresh.close();
    }
  }

  /** Whether the statement returns rows (a query, or a write with RETURNING): whatever the schema, it stays so. */
  boolean returnsRows() throws SQLException {
    return SqliteJdbc.columnCount(ps) > 0;
  }

  /**
   * Whether the schema changed since the columns were read (or they never were): they may be stale.
   */
  boolean columnsStale(SchemaVersion schema) throws SQLException {
    long version = schema.current();
    return columns == null || !columnsExact || columnsVersion != version;
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
