package io.github.vertxsqlite.engine;

import java.util.Locale;

/**
 * What a statement does to locks, judged from its leading keywords. Used to take the per-file writer gate
 * before SQLite would take its write lock; when unsure it says WRITE, which only costs serialization.
 */
enum StatementKind {
  READ,
  WRITE,
  /** BEGIN [DEFERRED] or SAVEPOINT: opens a transaction without taking the write lock. */
  BEGIN_DEFERRED,
  /** BEGIN IMMEDIATE / EXCLUSIVE: opens a transaction holding the write lock. */
  BEGIN_WRITE,
  /** COMMIT, END, ROLLBACK, RELEASE: may end the transaction. */
  END;

  static StatementKind of(String sql) {
    String first = SqlSplitter.firstKeyword(sql);
    switch (first) {
      case "SELECT":
      case "VALUES":
      case "EXPLAIN":
      case "ATTACH":
      case "DETACH":
        return READ;
      case "PRAGMA":
        return sql.indexOf('=') >= 0 ? WRITE : READ;
      case "BEGIN": {
        String upper = sql.toUpperCase(Locale.ROOT);
        return upper.contains("IMMEDIATE") || upper.contains("EXCLUSIVE") ? BEGIN_WRITE : BEGIN_DEFERRED;
      }
      case "SAVEPOINT":
        return BEGIN_DEFERRED;
      case "COMMIT":
      case "END":
      case "ROLLBACK":
      case "RELEASE":
        return END;
      default:
        return WRITE;
    }
  }

  boolean takesWriteLock() {
    return this == WRITE || this == BEGIN_WRITE;
  }

  boolean opensTransaction() {
    return this == BEGIN_DEFERRED || this == BEGIN_WRITE;
  }
}
