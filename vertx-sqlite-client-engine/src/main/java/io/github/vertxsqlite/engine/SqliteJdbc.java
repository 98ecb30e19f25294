package io.github.vertxsqlite.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;
import org.sqlite.core.Codes;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;
import org.sqlite.core.SafeStmtPtr;

/**
 * Every use of sqlite-jdbc's non-public internals (a statement's native pointer, the native execute, the
 * auto-commit flag, stepping and reading columns natively), which an sqlite-jdbc upgrade may change without
 * notice. The engine goes below JDBC where JDBC's per-call bookkeeping cost more than SQLite's own work
 * (docs/performance.md). Other files call only the public methods of sqlite-jdbc's connection handle
 * ({@code org.sqlite.core.DB}: change counters, interrupt, backup and restore, function results, hooks).
 */
final class SqliteJdbc {

  /** What {@link #program} hands over for each instruction of a listed program. */
  @FunctionalInterface
  interface Instruction {
    void accept(String opcode, int p1, int p2);
  }

  private SqliteJdbc() {
  }

  private static SafeStmtPtr pointer(PreparedStatement ps) {
    return ((CoreStatement) ps).pointer;
  }

  /**
   * Binds {@code values} (storage form) and steps once through sqlite-jdbc's native execute, which resets the
   * statement when it is done; true when a row is ready. A failed statement is reset, as sqlite-jdbc's own
   * execute does, so it can run again or be finalized.
   */
  static boolean step(SQLiteConnection conn, PreparedStatement ps, Object[] values) throws SQLException {
    // sqlite-jdbc's execute ends every completed statement with a native check that commits a transaction it
    // opened for JDBC auto-commit; the engine runs transactions in SQL and never has sqlite-jdbc open one, so the
    // check could only cost a native call per statement (a batch: one per row). Its flag is off while we step.
    SQLiteConnectionConfig config = conn.getConnectionConfig();
    boolean autoCommit = config.isAutoCommit();
    config.setAutoCommit(false);
    try {
      return conn.getDatabase().execute((CoreStatement) ps, values);
    } catch (SQLException e) {
      if (!pointer(ps).isClosed()) {
        reset(ps);
      }
      throw e;
    } finally {
      config.setAutoCommit(autoCommit);
    }
  }

  static void reset(PreparedStatement ps) throws SQLException {
    pointer(ps).safeRunConsume((db, ptr) -> db.reset(ptr));
  }

  /** sqlite-jdbc finalizes a statement that failed with an I/O-class error (SQLITE_FULL, SQLITE_IOERR, ...). */
  static boolean finalized(PreparedStatement ps) {
    return pointer(ps).isClosed();
  }

  /** The result columns as SQLite declares them (sqlite-jdbc's metadata invents "NUMERIC" for expressions). */
  static List<ColumnInfo> columns(PreparedStatement ps) throws SQLException {
    SafeStmtPtr pointer = pointer(ps);
    int count = columnCount(ps);
    List<ColumnInfo> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int col = i;
      String name = pointer.<String, SQLException>safeRun((db, ptr) -> db.column_name(ptr, col));
      String declared = pointer.<String, SQLException>safeRun((db, ptr) -> db.column_decltype(ptr, col));
      list.add(new ColumnInfo(name, declared));
    }
    return List.copyOf(list);
  }

  static int columnCount(PreparedStatement ps) throws SQLException {
    return pointer(ps).safeRunInt((db, ptr) -> db.column_count(ptr));
  }

  /**
   * Every row of a statement that has just stepped onto its first row, read straight from SQLite (one
   * storage-class call and one value call per column), then the statement reset: an unfinished write would hold
   * its lock.
   */
  static List<Object[]> readAll(PreparedStatement ps, List<ColumnInfo> columns) throws SQLException {
    int n = columns.size();
    ValueType[] types = new ValueType[n];
    for (int i = 0; i < n; i++) {
      types[i] = columns.get(i).type();
    }
    try {
      return pointer(ps).<List<Object[]>, SQLException>safeRun((db, ptr) -> {
        List<Object[]> rows = new ArrayList<>();
        int rc = Codes.SQLITE_ROW;
        while (rc == Codes.SQLITE_ROW) {
          Object[] values = new Object[n];
          for (int i = 0; i < n; i++) {
            values[i] = SqliteToJava.decode(types[i], value(db, ptr, i));
          }
          rows.add(values);
          rc = db.step(ptr);
        }
        if (rc != Codes.SQLITE_DONE) {
          db.throwex(rc);
        }
        return rows;
      });
    } finally {
      reset(ps);
    }
  }

  private static Object value(DB db, long ptr, int col) throws SQLException {
    switch (db.column_type(ptr, col)) {
      case Codes.SQLITE_INTEGER:
        return db.column_long(ptr, col);
      case Codes.SQLITE_FLOAT:
        return db.column_double(ptr, col);
      case Codes.SQLITE_TEXT:
        return db.column_text(ptr, col);
      case Codes.SQLITE_BLOB:
        return db.column_blob(ptr, col);
      default:
        return null;
    }
  }

  /** Steps a one-row, one-column query (e.g. {@code SELECT last_insert_rowid()}) and resets it. */
  static long queryLong(PreparedStatement ps) throws SQLException {
    return pointer(ps).safeRunLong((db, ptr) -> {
      int rc = db.step(ptr);
      try {
        if (rc != Codes.SQLITE_ROW) {
          db.throwex(rc);
        }
        return db.column_long(ptr, 0);
      } finally {
        db.reset(ptr);
      }
    });
  }

  /** Steps through an {@code EXPLAIN} listing (columns addr, opcode, p1, p2, ...), one instruction at a time. */
  static void program(PreparedStatement listing, Instruction instruction) throws SQLException {
    pointer(listing).safeRunConsume((db, ptr) -> {
      while (db.step(ptr) == Codes.SQLITE_ROW) {
        instruction.accept(db.column_text(ptr, 1), db.column_int(ptr, 2), db.column_int(ptr, 3));
      }
    });
  }

  /** SQLite's page-stepped online backup of {@code schema} to a file. */
  static void backup(SQLiteConnection conn, String schema, String path, int pagesPerStep, DB.ProgressObserver progress)
      throws SQLException {
    DB db = conn.getDatabase();
    int rc = db.backup(schema, path, progress, 10, 1000, pagesPerStep);
    if (rc != Codes.SQLITE_OK) {
      db.throwex(rc);
    }
  }

  /** Replaces {@code schema} with a database file's content. */
  static void restore(SQLiteConnection conn, String schema, String path, DB.ProgressObserver progress) throws SQLException {
    DB db = conn.getDatabase();
    int rc = db.restore(schema, path, progress, 10, 1000, 100);
    if (rc != Codes.SQLITE_OK) {
      db.throwex(rc);
    }
  }
}
