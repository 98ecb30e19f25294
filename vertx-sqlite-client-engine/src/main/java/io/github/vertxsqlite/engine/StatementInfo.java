package io.github.vertxsqlite.engine;

import java.util.List;

/** What preparing a statement tells: the SQL, how many parameters it takes and its result columns. */
public record StatementInfo(String sql, int parameterCount, List<ColumnInfo> columns) {
}
