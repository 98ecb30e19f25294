package io.github.vertxsqlite.engine;

/**
 * A failure reported by SQLite, or detected by the engine before SQLite saw the statement, with SQLite's
 * result codes. The extended code carries the primary code in its low 8 bits.
 */
public final class SqliteError extends Exception {

  private final int extendedCode;
  private final String codeName;

  public SqliteError(int extendedCode, String codeName, String message, Throwable cause) {
    super(message, cause, false, false);
    this.extendedCode = extendedCode;
    this.codeName = codeName;
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
