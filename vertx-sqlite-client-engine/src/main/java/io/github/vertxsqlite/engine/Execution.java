package io.github.vertxsqlite.engine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.core.DB;

/**
 * Runs compiled statements: binds parameters in storage form, steps through sqlite-jdbc's native execute (without
 * the JDBC statement's per-call bookkeeping), reads rows natively, and reports changes and insert rowids.
 */
final class Execution {

  /** Results per progress report of a batch: large enough to be cheap, small enough to overlap. */
  private static final int PROGRESS_RUN = 512;
  /**
   * Results left for the final report at most: the rest is reported just before, so the event loop handles it
   * while the engine writes the last rows, and only a few results remain once the batch is over.
   */
  private static final int FINAL_RUN = 16;

  private final SQLiteConnection conn;
  private final DB db;
  private final Statements statements;
  private final Interrupts interrupts;
  private final SchemaVersion schema;

  Execution(SQLiteConnection conn, Statements statements, Interrupts interrupts) {
    this.conn = conn;
    this.db = conn.getDatabase();
    this.statements = statements;
    this.interrupts = interrupts;
    this.schema = new SchemaVersion(statements);
  }

  SchemaVersion schema() {
    return schema;
  }

  /** Runs a statement once, reading every row; reads skip the change counters they cannot move. */
  QueryResult run(Prepared p, Object[] params) throws SQLException, SqliteError {
    Object[] values = storageValues(p, params);
    boolean reads = !p.kind.changesRows();
    long before = reads ? 0 : db.total_changes();
    boolean hasRow = step(p, values);
    if (p.changesSchema) {
      schema.changedHere();
    }
    List<ColumnInfo> columns = p.columns(schema, hasRow);
    if (columns.isEmpty()) {
      return reads ? new QueryResult(null, List.of(), 0, null, false) : updateResult(p, before);
    }
    // a query, or a write with RETURNING: its rows (none when the first step was the last)
    List<Object[]> rows = hasRow ? SqliteJdbc.readAll(p.ps, columns) : List.of();
    return new QueryResult(columns, rows, rows.size(), reads ? null : lastInsertRowid(p, before), false);
  }

  /**
   * A batch of writes that return no rows: binding, stepping and resetting in one native call per parameter set.
   * The statement is an INSERT, UPDATE or DELETE, so {@code sqlite3_changes()} is its own count. {@code progress}
   * gets the results in runs while the batch goes on.
   */
  List<QueryResult> runWrites(Prepared p, List<Object[]> batch, Consumer<List<QueryResult>> progress)
      throws SQLException, SqliteError {
    if (p.changesSchema) {
      schema.changedHere();
    }
    List<QueryResult> results = new ArrayList<>(batch.size());
    int reported = 0;
    int lastReport = batch.size() - FINAL_RUN;
    for (Object[] params : batch) {
      step(p, storageValues(p, params));
      long changes = db.changes();
      results.add(new QueryResult(null, List.of(), changes, p.inserts && changes > 0 ? lastInsertRowid() : null, false));
      int done = results.size();
      if (progress != null && (done - reported == PROGRESS_RUN || done == lastReport)) {
        progress.accept(results.subList(reported, done));
        reported = done;
      }
    }
    return results;
  }

  /** Binds through JDBC, for statements sqlite-jdbc steps itself (cursors). */
  void bind(Prepared p, Object[] params) throws SQLException, SqliteError {
    checkParameterCount(p, params);
    for (int i = 0; i < p.parameterCount; i++) {
      Object stored = JavaToSqlite.storageValue(i + 1, params[i]);
      if (stored == null) {
        p.ps.setNull(i + 1, java.sql.Types.NULL);
      } else if (stored instanceof String) {
        p.ps.setString(i + 1, (String) stored);
      } else if (stored instanceof Long) {
        p.ps.setLong(i + 1, (Long) stored);
      } else if (stored instanceof Double) {
        p.ps.setDouble(i + 1, (Double) stored);
      } else {
        p.ps.setBytes(i + 1, (byte[]) stored);
      }
    }
  }

  /** The outcome of a statement that returned no rows, from the change counters. */
  QueryResult updateResult(Prepared p, long totalChangesBefore) throws SQLException {
    // sqlite3_changes() keeps the count of the last DML across DDL: report 0 when nothing changed
    long changes = db.total_changes() != totalChangesBefore ? db.changes() : 0;
    return new QueryResult(null, List.of(), changes, lastInsertRowid(p, totalChangesBefore), false);
  }

  long totalChanges() throws SQLException {
    return db.total_changes();
  }

  /** SQLite's last insert rowid, stepped natively: a JDBC executeQuery per INSERT would cost more than the INSERT. */
  long lastInsertRowid() throws SQLException {
    return SqliteJdbc.queryLong(statements.internal("SELECT last_insert_rowid()").ps);
  }

  private Long lastInsertRowid(Prepared p, long totalChangesBefore) throws SQLException {
    if (!p.inserts || db.total_changes() == totalChangesBefore) {
      return null;
    }
    return lastInsertRowid();
  }

  private boolean step(Prepared p, Object[] values) throws SQLException, SqliteError {
    interrupts.checkNotAborted();
    return SqliteJdbc.step(conn, p.ps, values);
  }

  /** The parameters in storage form; {@code params} itself when every value is already (a batch row: no copy). */
  private static Object[] storageValues(Prepared p, Object[] params) throws SqliteError {
    checkParameterCount(p, params);
    Object[] values = params;
    for (int i = 0; i < p.parameterCount; i++) {
      Object stored = JavaToSqlite.storageValue(i + 1, params[i]);
      if (stored != params[i]) {
        if (values == params) {
          values = params.clone(); // the caller's array stays as it was
        }
        values[i] = stored;
      }
    }
    return values;
  }

  private static void checkParameterCount(Prepared p, Object[] params) throws SqliteError {
    int count = params == null ? 0 : params.length;
    if (count != p.parameterCount) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_RANGE,
        "The number of parameters to execute should be consistent with the expected number of parameters = ["
          + p.parameterCount + "] but the actual number is [" + count + "].");
    }
  }
}
