package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.SqliteError;
import io.vertx.sqliteclient.SqliteException;
import java.sql.SQLException;

/** Turns engine failures into the exceptions Vert.x users catch. */
public final class Failures {

  private Failures() {
  }

  /** An SQL error the adapter finds itself (SQLITE_ERROR), e.g. a table that does not exist. */
  public static SqliteException sqlError(String message) {
    return (SqliteException) toVertx(SqliteError.sqlError(message));
  }

  public static Throwable toVertx(Throwable failure) {
    if (failure instanceof SqliteError) {
      SqliteError e = (SqliteError) failure;
      if (e.getCause() instanceof SQLException) {
        return new SqliteException(e.getMessage(), e.extendedCode(), e.codeName(), (SQLException) e.getCause());
      }
      return new SqliteException(e.getMessage(), e.extendedCode(), e.codeName());
    }
    return failure;
  }

  /** For values refused before they reach SQLite: SQLITE_MISMATCH, like a type SQLite cannot store. */
  public static SqliteException mismatch(String message) {
    return (SqliteException) toVertx(SqliteError.mismatch(message));
  }
}
