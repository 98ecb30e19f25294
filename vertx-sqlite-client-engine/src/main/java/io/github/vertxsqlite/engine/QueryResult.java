package io.github.vertxsqlite.engine;

import java.util.List;

/**
 * The outcome of one statement execution, or of one fetch from a cursor.
 *
 * @param columns        the result columns, or {@code null} when the statement returns no rows
 * @param rows           decoded values, one array per row
 * @param updatedCount   rows changed by a write, or rows returned by a query
 * @param lastInsertRowid the rowid of the last inserted row, or {@code null} when the statement inserted none
 * @param suspended      whether a cursor has more rows to fetch
 */
public record QueryResult(List<ColumnInfo> columns, List<Object[]> rows, long updatedCount, Long lastInsertRowid,
                          boolean suspended) {
}
