package io.github.vertxsqlite.engine;

/** How {@code begin()} starts a transaction (SQLite's lang_transaction.html). */
public enum TransactionMode {
  /** Locks nothing until the first read or write; a read-then-write may fail with SQLITE_BUSY_SNAPSHOT. */
  DEFERRED,
  /** Takes the write lock at once: the transaction cannot fail later for lack of it. The default. */
  IMMEDIATE,
  /** Like IMMEDIATE; outside WAL mode it also keeps readers out. */
  EXCLUSIVE;

  String beginSql() {
    return "BEGIN " + name();
  }
}
