package io.github.vertxsqlite.engine;

/**
 * A connection's counters: rows changed by its last statement and since it opened, whether a transaction is
 * open, the rowid of its last insert, and whether it can only read its file (opened read-only, or the file cannot
 * be written).
 */
public record ConnectionState(long changes, long totalChanges, boolean inTransaction, long lastInsertRowid, boolean readOnly) {
}
