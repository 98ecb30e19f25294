package io.github.vertxsqlite.engine;

/**
 * A failure reported by SQLite, or detected by the engine before SQLite saw the statement, with SQLite's
 * result codes. The extended code carries the primary code in its low 8 bits.
 */
public final class SqliteError extends Exception {

  private static final int SQLITE_ERROR = 1;
  private static final int SQLITE_MISMATCH = 20;
  private static final int SQLITE_MISUSE = 21;

  private final int extendedCode;
  private final String codeName;

  public SqliteError(int extendedCode, String codeName, String message, Throwable cause) {
    super(message, cause, false, false);
    this.extendedCode = extendedCode;
    this.codeName = codeName;
  }

  /**
   * A value refused before it reaches SQLite: SQLITE_MISMATCH, like a type SQLite cannot store. Built without
   * sqlite-jdbc's classes (as is this class), so drivers that share the value conversions without sqlite-jdbc
   * (dqlite) refuse values the same way.
   */
  public static SqliteError mismatch(String message) {
    return new SqliteError(SQLITE_MISMATCH, "SQLITE_MISMATCH", message, null);
  }

  /** An SQL error found without running SQL (e.g. a table that does not exist): SQLITE_ERROR. */
  public static SqliteError sqlError(String message) {
    return new SqliteError(SQLITE_ERROR, "SQLITE_ERROR", message, null);
  }

  /** A request the SQL text or the API cannot serve (e.g. a prepared query of several statements): SQLITE_MISUSE. */
  public static SqliteError misuse(String message) {
    return new SqliteError(SQLITE_MISUSE, "SQLITE_MISUSE", message, null);
  }

  /** The primary result code, e.g. 19 for {@code SQLITE_CONSTRAINT}. */
  public int primaryCode() {
    return extendedCode & 0xFF;
  }

  /** The extended result code, e.g. 1555 for {@code SQLITE_CONSTRAINT_PRIMARYKEY}. */
  public int extendedCode() {
    return extendedCode;
  }

  /** The symbolic name of the extended code, e.g. {@code SQLITE_CONSTRAINT_PRIMARYKEY}. */
  public String codeName() {
    return codeName;
  }
}
