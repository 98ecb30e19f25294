package io.github.vertxsqlite.engine;

/**
 * A connection's counters: rows changed by its last statement and since it opened, whether a transaction is
 * open, and the rowid of its last insert.
 */
public record ConnectionState(long changes, long totalChanges, boolean inTransaction, long lastInsertRowid) {
}
