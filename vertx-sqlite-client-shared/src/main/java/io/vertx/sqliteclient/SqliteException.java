package io.vertx.sqliteclient;

import io.vertx.sqlclient.DatabaseException;
import java.sql.SQLException;

/**
 * A failure reported by SQLite (or refused by the driver before reaching SQLite), with SQLite's result codes.
 * {@link #getErrorCode()} is the extended result code; {@link #getSqlState()} is {@code null}, SQLite has none.
 */
public class SqliteException extends DatabaseException {

  private final String codeName;

  public SqliteException(String message, int extendedCode, String codeName) {
    super("[" + codeName + "] " + message, extendedCode, null);
    this.codeName = codeName;
  }

  public SqliteException(String message, int extendedCode, String codeName, SQLException cause) {
    super("[" + codeName + "] " + message, extendedCode, null, cause);
    this.codeName = codeName;
  }

  /** SQLite's primary result code, e.g. 19 ({@code SQLITE_CONSTRAINT}). */
  public int getPrimaryCode() {
    return getErrorCode() & 0xFF;
  }

  /** SQLite's extended result code, e.g. 1555 ({@code SQLITE_CONSTRAINT_PRIMARYKEY}). */
  public int getExtendedCode() {
    return getErrorCode();
  }

  /** The symbolic name of the extended result code, e.g. {@code SQLITE_CONSTRAINT_PRIMARYKEY}. */
  public String getCodeName() {
    return codeName;
  }
}
