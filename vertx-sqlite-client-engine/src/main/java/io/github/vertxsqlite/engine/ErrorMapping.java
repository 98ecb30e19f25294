package io.github.vertxsqlite.engine;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The one place where failures become {@link SqliteError}s with SQLite's result codes. */
final class ErrorMapping {

  static final int SQLITE_ERROR = 1;
  static final int SQLITE_MISUSE = 21;
  static final int SQLITE_MISMATCH = 20;
  static final int SQLITE_INTERRUPT = 9;
  static final int SQLITE_RANGE = 25;

  private ErrorMapping() {
  }

  /**
   * SQLite's failures become {@link SqliteError}s. Other runtime exceptions are the caller's own (an adapter
   * refusing a parameter while the engine reads it) and pass through unchanged.
   */
  static Throwable report(Throwable failure) {
    if (failure instanceof RuntimeException && !(failure.getCause() instanceof SQLException)) {
      return failure;
    }
    return map(failure);
  }

  static SqliteError map(Throwable failure) {
    if (failure instanceof SqliteError) {
      return (SqliteError) failure;
    }
    if (failure instanceof SQLiteException) {
      SQLiteException e = (SQLiteException) failure;
      SQLiteErrorCode code = e.getResultCode();
      int extended = code == SQLiteErrorCode.UNKNOWN_ERROR ? e.getErrorCode() : code.code;
      return new SqliteError(extended, codeName(code, extended), stripPrefix(e.getMessage()), e);
    }
    if (failure instanceof SQLException) {
      // sqlite-jdbc raises plain SQLExceptions for API misuse (closed statement, bad index, ...)
      return new SqliteError(SQLITE_MISUSE, "SQLITE_MISUSE", failure.getMessage(), failure);
    }
    String message = failure.getMessage() != null ? failure.getMessage() : failure.toString();
    return new SqliteError(SQLITE_ERROR, "SQLITE_ERROR", message, failure);
  }

  /** A command that could not run because its connection is closed, or closed before the command's turn. */
  static SqliteError closed(String detail) {
    return error(SQLITE_MISUSE, "SQLITE_MISUSE", detail == null ? "Connection is closed" : "Connection is closed: " + detail);
  }

  /** The statement that was running when its connection closed, interrupted by the close. */
  static SqliteError closedWhileRunning(Throwable cause) {
    return new SqliteError(SQLITE_INTERRUPT, "SQLITE_INTERRUPT",
      "Connection is closed: the statement was interrupted by the close; an open transaction is rolled back", cause);
  }

  static SqliteError error(int code, String name, String message) {
    return new SqliteError(code, name, message, null);
  }

  private static String codeName(SQLiteErrorCode code, int extended) {
    if (code != SQLiteErrorCode.UNKNOWN_ERROR) {
      return code.name();
    }
    SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(extended & 0xFF);
    return primary == SQLiteErrorCode.UNKNOWN_ERROR ? "SQLITE_UNKNOWN" : primary.name();
  }

  /**
   * sqlite-jdbc formats messages as "[SQLITE_X] generic text (sqlite's own text)": keep SQLite's own text,
   * which names the table, column or token at fault.
   */
  private static String stripPrefix(String message) {
    if (message == null) {
      return "";
    }
    int open = message.indexOf(" (");
    if (message.startsWith("[") && open > 0 && message.endsWith(")")) {
      return message.substring(open + 2, message.length() - 1);
    }
    return message;
  }
}
