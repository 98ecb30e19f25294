package io.vertx.dqliteclient.impl;

import java.util.HashMap;
import java.util.Map;

/**
 * The names of SQLite's result codes (sqlite3.h) and dqlite's own, for failures the server reports by number.
 * The SQLite driver takes them from sqlite-jdbc, which this driver does not carry.
 */
final class SqliteCodes {

  static final int SQLITE_BUSY = 5;
  static final int SQLITE_INTERRUPT = 9;
  static final int SQLITE_IOERR = 10;
  static final int SQLITE_RANGE = 25;
  /** dqlite: the node is not the leader; the request was refused before it ran. */
  static final int SQLITE_IOERR_NOT_LEADER = SQLITE_IOERR | (40 << 8);
  /** dqlite: the node lost leadership while the request ran. */
  static final int SQLITE_IOERR_LEADERSHIP_LOST = SQLITE_IOERR | (41 << 8);
  /** dqlite: the client protocol was not followed. */
  static final int DQLITE_PROTO = 1001;

  private static final Map<Integer, String> NAMES = new HashMap<>();

  static {
    String[] primary = {"SQLITE_OK", "SQLITE_ERROR", "SQLITE_INTERNAL", "SQLITE_PERM", "SQLITE_ABORT", "SQLITE_BUSY",
      "SQLITE_LOCKED", "SQLITE_NOMEM", "SQLITE_READONLY", "SQLITE_INTERRUPT", "SQLITE_IOERR", "SQLITE_CORRUPT",
      "SQLITE_NOTFOUND", "SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_PROTOCOL", "SQLITE_EMPTY", "SQLITE_SCHEMA",
      "SQLITE_TOOBIG", "SQLITE_CONSTRAINT", "SQLITE_MISMATCH", "SQLITE_MISUSE", "SQLITE_NOLFS", "SQLITE_AUTH",
      "SQLITE_FORMAT", "SQLITE_RANGE", "SQLITE_NOTADB", "SQLITE_NOTICE", "SQLITE_WARNING"};
    for (int i = 0; i < primary.length; i++) {
      NAMES.put(i, primary[i]);
    }
    extended(19, "CHECK", 1, "COMMITHOOK", 2, "FOREIGNKEY", 3, "FUNCTION", 4, "NOTNULL", 5, "PRIMARYKEY", 6,
      "TRIGGER", 7, "UNIQUE", 8, "VTAB", 9, "ROWID", 10, "PINNED", 11, "DATATYPE", 12);
    extended(5, "RECOVERY", 1, "SNAPSHOT", 2, "TIMEOUT", 3);
    extended(6, "SHAREDCACHE", 1, "VTAB", 2);
    extended(4, "ROLLBACK", 2);
    extended(8, "RECOVERY", 1, "CANTLOCK", 2, "ROLLBACK", 3, "DBMOVED", 4, "CANTINIT", 5, "DIRECTORY", 6);
    extended(1, "MISSING_COLLSEQ", 1, "RETRY", 2, "SNAPSHOT", 3);
    extended(10, "READ", 1, "SHORT_READ", 2, "WRITE", 3, "FSYNC", 4, "NOMEM", 12, "LOCK", 15,
      "NOT_LEADER", 40, "LEADERSHIP_LOST", 41);
    NAMES.put(DQLITE_PROTO, "DQLITE_PROTO");
  }

  private static void extended(int primary, Object... nameAndNumber) {
    String base = NAMES.get(primary);
    for (int i = 0; i < nameAndNumber.length; i += 2) {
      NAMES.put(primary | ((Integer) nameAndNumber[i + 1] << 8), base + "_" + nameAndNumber[i]);
    }
  }

  private SqliteCodes() {
  }

  static String name(int code) {
    String name = NAMES.get(code);
    if (name != null) {
      return name;
    }
    String primary = NAMES.get(code & 0xFF);
    return primary != null ? primary : "SQLITE_UNKNOWN";
  }
}
