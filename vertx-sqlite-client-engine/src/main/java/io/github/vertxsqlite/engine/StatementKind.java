package io.github.vertxsqlite.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;

/**
 * What a statement does to locks, read from the program SQLite compiled for it, so the engine takes the
 * per-file writer gate exactly when SQLite would take the file's write lock.
 *
 * <p>sqlite-jdbc does not expose {@code sqlite3_stmt_readonly}, so the engine reads what that call reads: the
 * statement's VDBE program, listed by {@code EXPLAIN} (it compiles the statement, never runs it). A program that
 * opens a write transaction ({@code Transaction} with P2 ≠ 0), checkpoints, vacuums or changes the journal mode
 * writes; transaction control is told by its {@code AutoCommit} / {@code Savepoint} opcode. Keywords cannot tell:
 * {@code WITH … SELECT} reads, {@code WITH … DELETE} writes, {@code PRAGMA user_version} reads and
 * {@code PRAGMA user_version = 1} writes. Listing a program costs about 10 µs, once per distinct SQL text.
 */
enum StatementKind {
  READ,
  /** Writes the database file (or an attached one): takes the writer gate. */
  WRITE,
  /** Writes only this connection's private temp schema: changes rows, needs no gate (no other connection sees it). */
  WRITE_TEMP,
  /** BEGIN [DEFERRED] or SAVEPOINT: opens a transaction without taking the write lock. */
  BEGIN_DEFERRED,
  /** BEGIN IMMEDIATE / EXCLUSIVE: opens a transaction holding the write lock. */
  BEGIN_WRITE,
  /** COMMIT, END, ROLLBACK, RELEASE, ROLLBACK TO: may end the transaction. */
  END;

  /**
   * The kind of the common statements whose first keyword tells it, without compiling a second program: SELECT and
   * VALUES read; INSERT, REPLACE, UPDATE and DELETE write the file unless they may write the temp schema, which only
   * a connection with temp tables or triggers can ({@code tempSchemaEmpty}). Null for the rest: read the program.
   * Measured on distinct texts run once: the listing is a second compile per statement.
   */
  static StatementKind byKeyword(String sql, java.util.function.BooleanSupplier tempSchemaEmpty) {
    switch (SqlSplitter.firstKeyword(sql)) {
      case "SELECT":
      case "VALUES":
        return READ;
      case "INSERT":
      case "REPLACE":
      case "UPDATE":
      case "DELETE":
        return tempSchemaEmpty.getAsBoolean() ? WRITE : null;
      default:
        return null;
    }
  }

  /** SQLite's database index of the temp schema ({@code Transaction} P1). */
  private static final int TEMP_DATABASE = 1;

  /**
   * The kind of {@code sql}, a single statement that compiles. When its program cannot be listed (an
   * {@code EXPLAIN} of it does not compile), WRITE: a needless gate only costs serialization.
   */
  static StatementKind of(SQLiteConnection conn, String sql) {
    if (SqlSplitter.firstKeyword(sql).equals("EXPLAIN")) {
      return READ; // EXPLAIN [QUERY PLAN] lists a program, never runs it (and cannot itself be EXPLAINed)
    }
    try (PreparedStatement listing = conn.prepareStatement("EXPLAIN " + sql)) {
      Program program = new Program();
      SqliteJdbc.program(listing, program);
      return program.kind();
    } catch (SQLException e) {
      return WRITE;
    }
  }

  /** What a program's instructions say about locks, gathered one instruction at a time. */
  private static final class Program implements SqliteJdbc.Instruction {
    private boolean writesFile;
    private boolean writesTemp;
    private StatementKind control;

    @Override
    public void accept(String opcode, int p1, int p2) {
      switch (opcode) {
        case "Transaction":
          if (p2 != 0) {
            if (p1 == TEMP_DATABASE) {
              writesTemp = true;
            } else {
              writesFile = true;
            }
          }
          break;
        case "Checkpoint":
        case "JournalMode":
          writesFile = true;
          break;
        case "Vacuum": // P2 ≠ 0: VACUUM INTO, which only reads the database it copies
          if (p2 != 0) {
            break;
          }
          if (p1 == TEMP_DATABASE) {
            writesTemp = true;
          } else {
            writesFile = true;
          }
          break;
        case "AutoCommit": // P1 = 0: BEGIN; P1 = 1: COMMIT or ROLLBACK
        case "Savepoint": // P1 = 0: SAVEPOINT; 1: RELEASE; 2: ROLLBACK TO
          control = p1 == 0 ? BEGIN_DEFERRED : END;
          break;
        default:
          break;
      }
    }

    StatementKind kind() {
      if (control == BEGIN_DEFERRED && writesFile) {
        return BEGIN_WRITE;
      }
      if (control != null) {
        return control;
      }
      return writesFile ? WRITE : writesTemp ? WRITE_TEMP : READ;
    }
  }

  boolean takesWriteLock() {
    return this == WRITE || this == BEGIN_WRITE;
  }

  /** Whether running it may change rows, so its change count and insert rowid are worth reading. */
  boolean changesRows() {
    return this == WRITE || this == WRITE_TEMP;
  }

  boolean opensTransaction() {
    return this == BEGIN_DEFERRED || this == BEGIN_WRITE;
  }
}
