package io.vertx.dqliteclient.impl;

import java.util.Locale;

/**
 * Which request runs a statement. dqlite serves rows only through QUERY and replicates writes only through EXEC
 * (a row-producing statement sent as EXEC fails with "another row available"); the server does not say which a
 * statement is, so the first keyword decides: SELECT, VALUES, EXPLAIN and a PRAGMA without {@code =} are queries, and WITH is a
 * query when its main statement is a SELECT or VALUES. Everything else is executed.
 */
public enum StatementRoute {
  QUERY, EXEC;

  public static StatementRoute of(String sql) {
    SqlWords s = new SqlWords(sql);
    String first = s.next();
    switch (first) {
      case "SELECT":
      case "VALUES":
      case "EXPLAIN":
        return QUERY;
      case "PRAGMA":
        // reading a pragma is a query; setting one (PRAGMA user_version = 7) or one of the pragmas that act on
        // the file may write it
        String pragma = s.next();
        if (s.following() == '.') {
          pragma = s.next(); // after the schema name
        }
        boolean acts = pragma.equals("OPTIMIZE") || pragma.equals("WAL_CHECKPOINT") || pragma.equals("INCREMENTAL_VACUUM");
        return sql.indexOf('=') < 0 && !acts ? QUERY : EXEC;
      case "WITH":
        return mainOfWith(s);
      default:
        return EXEC;
    }
  }

  /**
   * Whether the statement's RESULT counts rows it changed: the server reports {@code sqlite3_changes()}, which
   * keeps the last INSERT/UPDATE/DELETE's count across DDL and transaction control, so those report 0 here, as
   * the SQLite driver reports them.
   */
  public static boolean changesRows(String sql) {
    SqlWords s = new SqlWords(sql);
    switch (s.next()) {
      case "INSERT":
      case "REPLACE":
      case "UPDATE":
      case "DELETE":
        return true;
      case "WITH":
        return mainOfWith(s) == EXEC;
      default:
        return false;
    }
  }

  /** After WITH: the first of SELECT/VALUES/INSERT/REPLACE/UPDATE/DELETE outside the CTEs' parentheses. */
  private static StatementRoute mainOfWith(SqlWords s) {
    for (String w = s.next(); !w.isEmpty(); w = s.next()) {
      if (s.depth() == 0) {
        switch (w) {
          case "SELECT":
          case "VALUES":
            return QUERY;
          case "INSERT":
          case "REPLACE":
          case "UPDATE":
          case "DELETE":
            return EXEC;
          default:
            break;
        }
      }
    }
    return EXEC;
  }
}
