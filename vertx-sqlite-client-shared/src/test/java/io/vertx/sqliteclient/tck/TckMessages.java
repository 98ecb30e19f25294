package io.vertx.sqliteclient.tck;

import io.vertx.sqliteclient.SqliteException;

/** The TCK's error-message hook: our errors are typed, with SQLite's codes and a message naming the cause. */
public final class TckMessages {

  private TckMessages() {
  }

  public static void verify(Throwable error) {
    if (!(error instanceof SqliteException)) {
      throw new AssertionError("Expected a SqliteException, got " + error, error);
    }
    SqliteException e = (SqliteException) error;
    if (e.getPrimaryCode() == 0 || e.getCodeName() == null || !e.getMessage().startsWith("[" + e.getCodeName() + "] ")) {
      throw new AssertionError("Error lacks SQLite's result code: " + e.getMessage(), e);
    }
  }
}
