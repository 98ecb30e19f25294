package io.vertx.dqliteclient.tck;

import io.vertx.sqliteclient.SqliteException;

/** The TCK's error-message hook: the driver's errors are SqliteExceptions, with SQLite's code name in front. */
final class TckMessages {

  private TckMessages() {
  }

  static void verify(Throwable error) {
    if (!(error instanceof SqliteException)) {
      throw new AssertionError("Expected a SqliteException, got " + error, error);
    }
    SqliteException e = (SqliteException) error;
    if (e.getPrimaryCode() == 0 || e.getCodeName() == null || !e.getMessage().startsWith("[" + e.getCodeName() + "] ")) {
      throw new AssertionError("Error lacks SQLite's result code: " + e.getMessage(), e);
    }
  }
}
