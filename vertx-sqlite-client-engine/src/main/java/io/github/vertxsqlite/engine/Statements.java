package io.github.vertxsqlite.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConnection;

/**
 * Compiles statements for one connection: one statement per text (sqlite-jdbc would silently drop the rest), its
 * kind read from its program once per distinct text, and the engine's own statements (transactions, savepoints,
 * last_insert_rowid) compiled once and kept.
 */
final class Statements {

  /** Distinct SQL texts whose kind is remembered, so uncached statements list their program once (~10 µs each). */
  private static final int KIND_MEMO_SIZE = 512;

  private final SQLiteConnection conn;
  private final Map<String, Prepared> internal = new HashMap<>();
  private final Map<String, StatementKind> kinds = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, StatementKind> eldest) {
      return size() > KIND_MEMO_SIZE;
    }
  };

  /** The cache of this connection's statements, whose kinds are judged again after its own DDL. */
  private StatementCache cache;
  /** Whether this connection's temp schema holds nothing (no temp table, view or trigger); null: not read yet. */
  private Boolean tempSchemaEmpty;

  Statements(SQLiteConnection conn) {
    this.conn = conn;
  }

  /** Statements of {@code sql} ({@link SqlSplitter#statements}: a NUL character is refused). */
  static List<String> split(String sql) throws SqliteError {
    return SqlSplitter.statements(sql);
  }

  /** Compiles {@code sql}, which must hold exactly one statement ({@link SqlSplitter#single}). */
  Prepared compile(String sql) throws SQLException, SqliteError {
    SqlSplitter.single(sql);
    PreparedStatement ps = conn.prepareStatement(sql);
    try {
      return new Prepared(sql, ps, kindOf(sql));
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** One of the engine's own statements, compiled once (again, if sqlite-jdbc finalized it after an I/O error). */
  Prepared internal(String sql) throws SQLException {
    Prepared p = internal.get(sql);
    if (p == null || p.isClosed()) {
      p = new Prepared(sql, conn.prepareStatement(sql), kindOf(sql));
      internal.put(sql, p);
    }
    return p;
  }

  void closeAll() {
    internal.values().forEach(Prepared::close);
    internal.clear();
  }

  /**
   * This connection changed its schema: what a text writes may differ now (a temp table created or dropped under
   * the same name as a table of the file), so kinds are judged again.
   */
  void schemaChangedHere() {
    kinds.clear();
    tempSchemaEmpty = null;
    if (cache != null) {
      cache.judgeAgain(this::kindOf);
    }
  }

  /** The statement cache of this connection, compiling through this. */
  StatementCache cache(EngineOptions options) {
    cache = new StatementCache(options, this::compile);
    return cache;
  }

  private StatementKind kindOf(String sql) {
    StatementKind kind = kinds.get(sql);
    if (kind == null) {
      kind = StatementKind.byKeyword(sql, this::tempSchemaEmpty);
      if (kind == null) {
        kind = StatementKind.of(conn, sql);
      }
      kinds.put(sql, kind);
    }
    return kind;
  }

  /** Only this connection's own DDL changes its temp schema ({@link #schemaChangedHere}): read once after each. */
  private boolean tempSchemaEmpty() {
    if (tempSchemaEmpty == null) {
      try {
        tempSchemaEmpty = SqliteJdbc.queryLong(internal("SELECT count(*) FROM temp.sqlite_schema").ps) == 0;
      } catch (SQLException e) {
        return false; // cannot tell: read the program
      }
    }
    return tempSchemaEmpty;
  }
}
