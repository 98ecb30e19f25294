package io.github.vertxsqlite.engine;

import java.sql.SQLException;

/**
 * Tells when the columns a compiled statement reported may have changed. SQLite recompiles a statement on its
 * next step once the schema changed (by any connection), but sqlite-jdbc shows no sign of that recompile
 * ({@code sqlite3_stmt_status} is not exposed), so the engine compares versions: the main schema's cookie
 * ({@code PRAGMA schema_version}, moved by every connection's DDL), read while the statement holds its row so it is
 * the cookie of the very schema the statement ran against, plus a count of this connection's own DDL, which
 * covers the temp schema and ATTACH/DETACH that the cookie does not count. Reading the cookie inside the
 * statement's read transaction costs one short step (docs/performance.md); reading every column's name and
 * declared type on every execution would cost two native calls per column.
 */
final class SchemaVersion {

  /** A version no read returns: columns read at it are read again at the next execution. */
  static final long UNKNOWN = Long.MIN_VALUE;

  private final Statements statements;
  private long localChanges;

  SchemaVersion(Statements statements) {
    this.statements = statements;
  }

  /**
   * The version now. Called while a statement holds a row, it is the version that statement was compiled
   * against; otherwise it may be later than that (another connection may have changed the schema meanwhile).
   */
  long current() throws SQLException {
    long cookie = SqliteJdbc.queryLong(statements.internal("PRAGMA schema_version").ps);
    return (localChanges << 32) ^ (cookie & 0xFFFF_FFFFL);
  }

  /**
   * Loads the current schema into this connection, so a statement compiled next is compiled against it: reading
   * the cookie does not (its program skips the schema check), a statement over {@code sqlite_schema} does.
   */
  void load() throws SQLException {
    SqliteJdbc.queryLong(statements.internal("SELECT count(*) FROM sqlite_schema").ps);
  }

  /** This connection ran a statement that may change what names resolve to (CREATE, DROP, ALTER, ATTACH, DETACH). */
  void changedHere() {
    localChanges++;
    statements.schemaChangedHere();
  }

  /** Whether a statement beginning with {@code keyword} may change the schema seen by this connection. */
  static boolean changesSchema(String keyword) {
    switch (keyword) {
      case "CREATE":
      case "DROP":
      case "ALTER":
      case "ATTACH":
      case "DETACH":
        return true;
      default:
        return false;
    }
  }
}
