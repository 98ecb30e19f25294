package io.github.vertxsqlite.engine;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one place where failures and conditions become {@link SqliteError}s with SQLite's result codes; code numbers
 * and names come from sqlite-jdbc's {@link SQLiteErrorCode}, never from literals.
 */
public final class ErrorMapping {

  /** sqlite-jdbc's whole report when a value does not fit in the Java heap (a plain SQLException). */
  private static final String SQLITE_JDBC_OUT_OF_MEMORY = "Out of memory";

  private ErrorMapping() {
  }

  /**
   * SQLite's failures become {@link SqliteError}s. Other runtime exceptions are the caller's own (an adapter
   * refusing a parameter while the engine reads it) and pass through unchanged, as does whatever a transaction's
   * work threw ({@link TransactionScope}).
   */
  static Throwable report(Throwable failure) {
    if (failure instanceof TransactionScope.WorkFailure) {
      return failure.getCause();
    }
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
    if (failure instanceof OutOfMemoryError
        || (failure instanceof SQLException && SQLITE_JDBC_OUT_OF_MEMORY.equals(failure.getMessage()))) {
      return new SqliteError(SQLiteErrorCode.SQLITE_NOMEM.code, SQLiteErrorCode.SQLITE_NOMEM.name(),
        "Out of memory: a value or result did not fit in the Java heap (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MB at most); the connection is still usable", failure);
    }
    if (failure instanceof SQLException) {
      // sqlite-jdbc raises plain SQLExceptions for API misuse (closed statement, bad index, ...)
      return of(SQLiteErrorCode.SQLITE_MISUSE, failure.getMessage(), failure);
    }
    String message = failure.getMessage() != null ? failure.getMessage() : failure.toString();
    return of(SQLiteErrorCode.SQLITE_ERROR, message, failure);
  }

  /** A statement the engine interrupted (its query timer fired), with what happened. */
  static SqliteError interrupted(String message, Throwable cause) {
    return of(SQLiteErrorCode.SQLITE_INTERRUPT, message, cause);
  }

  /** The primary result code of a failure sqlite-jdbc reported. */
  static int primaryCode(SQLiteException e) {
    return (e.getResultCode() == SQLiteErrorCode.UNKNOWN_ERROR ? e.getErrorCode() : e.getResultCode().code) & 0xFF;
  }

  /** A failure the engine detects itself, with SQLite's code for it. */
  static SqliteError error(SQLiteErrorCode code, String message) {
    return of(code, message, null);
  }

  private static SqliteError of(SQLiteErrorCode code, String message, Throwable cause) {
    return new SqliteError(code.code, code.name(), message, cause);
  }

  /** Statement {@code index} (0-based) of a script of {@code count} failed: the error names it. */
  static SqliteError inScript(int index, int count, String statement, Exception e) {
    SqliteError cause = map(e);
    String oneLine = statement.replaceAll("\\s+", " ");
    String shown = oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    return new SqliteError(cause.extendedCode(), cause.codeName(),
      "Statement " + (index + 1) + " of " + count + " failed (" + shown + "): " + cause.getMessage(), e);
  }

  /** A command that could not run because its connection is closed, or closed before the command's turn. */
  static SqliteError closed(String detail) {
    return error(SQLiteErrorCode.SQLITE_MISUSE, detail == null ? "Connection is closed" : "Connection is closed: " + detail);
  }

  /** The statement that was running when its connection closed, interrupted by the close. */
  static SqliteError closedWhileRunning(Throwable cause) {
    return of(SQLiteErrorCode.SQLITE_INTERRUPT,
      "Connection is closed: the statement was interrupted by the close; an open transaction is rolled back", cause);
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
