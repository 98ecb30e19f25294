package io.vertx.dqliteclient.impl;

import io.vertx.sqliteclient.SqliteException;

/**
 * {@code INSERT ... RETURNING} on dqlite 1.11, which cannot run a statement that both writes and returns rows:
 * sent as QUERY it writes on the leader only and the leader then crashes; sent as EXEC it fails with "another row
 * available" and the leader crashes on the next write (both seen on Debian's libdqlite0 1.11.1). Such statements
 * never reach the server. An INSERT of one row runs as the INSERT without its RETURNING clause, then a SELECT of
 * the clause's expressions from the row it inserted (by {@code last_insert_rowid()}), in a savepoint, so it is
 * atomic inside or outside a transaction. UPDATE/DELETE ... RETURNING, upserts that update, and inserts of several
 * rows are refused with SQLITE_ERROR before anything runs (rows) or rolled back (several rows).
 */
final class ReturningInsert {

  static final String SAVEPOINT = "SAVEPOINT dqlite_returning";
  static final String RELEASE = "RELEASE dqlite_returning";
  static final String UNDO = "ROLLBACK TO dqlite_returning; RELEASE dqlite_returning";

  /** The statement without its RETURNING clause. */
  final String insert;
  private final String list;
  private final String table;

  private ReturningInsert(String insert, String list, String table) {
    this.insert = insert;
    this.list = list;
    this.table = table;
  }

  /** The SELECT of the RETURNING expressions from the inserted row (parameter: its rowid), or of no row. */
  String select(boolean inserted) {
    return "SELECT " + list + " FROM " + table + (inserted ? " WHERE rowid = ?" : " WHERE 0");
  }

  /** {@code null} when {@code sql} has no RETURNING clause; refused when it has one that cannot run here. */
  static ReturningInsert of(String sql) {
    SqlWords words = new SqlWords(sql);
    String first = words.next();
    switch (first) {
      case "INSERT":
      case "REPLACE":
      case "UPDATE":
      case "DELETE":
      case "WITH":
        break;
      default:
        return null;
    }
    String table = null;
    String previous = first;
    boolean updates = false;
    int returning = -1;
    for (String word = words.next(); !word.isEmpty(); previous = word, word = words.next()) {
      if (words.depth() != 0) {
        continue;
      }
      if (word.equals("RETURNING")) {
        returning = words.start();
        break;
      } else if (previous.equals("INTO") && table == null) {
        table = words.raw();
        if (words.following() == '.') {
          words.next(); // the table, after the schema name
          table = table + "." + words.raw();
        }
      } else if (previous.equals("DO") && word.equals("UPDATE")) {
        updates = true;
      }
    }
    if (returning < 0) {
      return null;
    }
    if (!(first.equals("INSERT") || first.equals("REPLACE")) || table == null) {
      throw refused(first + " ... RETURNING cannot run on dqlite 1.11 (the leader crashes on statements that write and"
        + " return rows); only INSERT of one row ... RETURNING is emulated: run the statement, then SELECT");
    }
    if (updates) {
      throw refused("INSERT ... ON CONFLICT DO UPDATE ... RETURNING cannot be emulated on dqlite 1.11 (the updated row is"
        + " not the last inserted one): run the statement, then SELECT");
    }
    String list = sql.substring(returning + "RETURNING".length()).trim();
    while (list.endsWith(";")) {
      list = list.substring(0, list.length() - 1).trim();
    }
    if (list.isEmpty() || list.indexOf('?') >= 0) {
      throw refused("A RETURNING clause with parameters cannot be emulated on dqlite 1.11");
    }
    return new ReturningInsert(sql.substring(0, returning), list, table);
  }

  static SqliteException severalRows(long rows) {
    return refused("INSERT ... RETURNING inserted " + rows + " rows; on dqlite 1.11 it is emulated for one row only"
      + " (rolled back): insert the rows one by one, or insert then SELECT");
  }

  private static SqliteException refused(String message) {
    return Failures.sqlError(message);
  }
}
