package io.vertx.sqliteclient.examples.quarkus;

import io.vertx.sqliteclient.SqliteException;
import java.sql.SQLException;

/** What a failure from SQLite means for the client, read from SQLite's extended result code. */
final class SqliteErrors {

  /**
   * A UNIQUE constraint failed. The primary code, 19 (SQLITE_CONSTRAINT), would also cover NOT NULL, CHECK and
   * FOREIGN KEY failures; the extended code says which constraint it was.
   */
  static final int SQLITE_CONSTRAINT_UNIQUE = 2067;

  private SqliteErrors() {
  }

  // tag::unique-violation[]
  /**
   * Whether {@code failure} is, or was caused by, a UNIQUE constraint failing. The pool fails with the driver's
   * SqliteException itself. Hibernate Reactive does not keep it: it copies its message and code into a new
   * java.sql.SQLException, the cause of its own JDBCException; the code it copies is the extended one.
   */
  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof SqliteException sqlite) {
        return sqlite.getExtendedCode() == SQLITE_CONSTRAINT_UNIQUE;
      }
      if (t instanceof SQLException copied) {
        return copied.getErrorCode() == SQLITE_CONSTRAINT_UNIQUE;
      }
    }
    return false;
  }
  // end::unique-violation[]
}
