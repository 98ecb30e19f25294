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
    Scanner s = new Scanner(sql);
    String first = s.nextWord();
    switch (first) {
      case "SELECT":
      case "VALUES":
      case "EXPLAIN":
        return QUERY;
      case "PRAGMA":
        // reading a pragma is a query; setting one (PRAGMA user_version = 7) may write the file
        return sql.indexOf('=') < 0 ? QUERY : EXEC;
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
    Scanner s = new Scanner(sql);
    switch (s.nextWord()) {
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
  private static StatementRoute mainOfWith(Scanner s) {
    for (String w = s.nextWord(); !w.isEmpty(); w = s.nextWord()) {
      if (s.depth == 0) {
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

  /** Words of SQL text, skipping comments, quoted text and identifiers, counting parentheses. */
  private static final class Scanner {
    private final String sql;
    private int i;
    int depth;

    Scanner(String sql) {
      this.sql = sql;
    }

    String nextWord() {
      int n = sql.length();
      while (i < n) {
        char c = sql.charAt(i);
        if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
          int eol = sql.indexOf('\n', i);
          i = eol < 0 ? n : eol + 1;
        } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
          int end = sql.indexOf("*/", i + 2);
          i = end < 0 ? n : end + 2;
        } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
          char close = c == '[' ? ']' : c;
          int end = sql.indexOf(close, i + 1);
          i = end < 0 ? n : end + 1;
        } else if (c == '(') {
          depth++;
          i++;
        } else if (c == ')') {
          depth--;
          i++;
        } else if (Character.isLetter(c) || c == '_') {
          int start = i;
          while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
          }
          return sql.substring(start, i).toUpperCase(Locale.ROOT);
        } else {
          i++;
        }
      }
      return "";
    }
  }
}
