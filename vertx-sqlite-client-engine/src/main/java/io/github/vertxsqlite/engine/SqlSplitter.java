package io.github.vertxsqlite.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at top-level semicolons. sqlite-jdbc runs only the first statement of a
 * text and silently drops the rest, so multi-statement text must be split before it reaches it.
 *
 * <p>Semicolons inside quotes ({@code '…'}, {@code "…"}, {@code `…`}, {@code […]}), comments and the
 * {@code BEGIN … END} body of a {@code CREATE TRIGGER} do not end a statement (the rule SQLite's
 * {@code sqlite3_complete} applies). Statements holding only comments and blanks are dropped.
 */
public final class SqlSplitter {

  private SqlSplitter() {
  }

  /**
   * The statements of {@code sql}, as {@link #split}; a NUL character is refused (SQLITE_MISUSE), since SQLite
   * would silently stop reading there. The rule every driver applies to the SQL text it is given.
   */
  public static List<String> statements(String sql) throws SqliteError {
    if (sql.indexOf('\0') >= 0) {
      throw SqliteError.misuse("The SQL text contains a NUL character; pass such values as parameters");
    }
    return split(sql);
  }

  /** The one statement of a prepared query's text; none or several are refused (SQLITE_MISUSE). */
  public static String single(String sql) throws SqliteError {
    List<String> statements = statements(sql);
    if (statements.isEmpty()) {
      throw SqliteError.misuse("The SQL text holds no statement");
    }
    if (statements.size() > 1) {
      throw SqliteError.misuse("A prepared query takes one SQL statement, this text holds " + statements.size()
        + "; run several statements as a simple query");
    }
    return statements.get(0);
  }

  public static List<String> split(String sql) {
    List<String> statements = new ArrayList<>();
    int start = 0;
    int words = 0;            // keywords seen in the current statement
    boolean trigger = false;  // current statement is CREATE [TEMP] TRIGGER
    boolean inBody = false;   // inside the trigger's BEGIN … END
    boolean afterSemi = false; // the body's last token was ';'
    boolean bodyEnd = false;  // the body's last token was an END right after a ';' (sqlite3_complete's rule)
    String firstWord = "";
    boolean hasContent = false;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        int j = i + 1;
        while (j < n) {
          if (sql.charAt(j) == close) {
            if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
              j += 2; // doubled quote escapes itself
              continue;
            }
            break;
          }
          j++;
        }
        i = Math.min(j + 1, n);
        hasContent = true;
        afterSemi = false;
        bodyEnd = false;
      } else if (commentEnd(sql, i) > i) {
        i = commentEnd(sql, i);
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
          j++;
        }
        String word = sql.substring(i, j).toUpperCase(Locale.ROOT);
        words++;
        if (words == 1) {
          firstWord = word;
        } else if (firstWord.equals("CREATE") && word.equals("TRIGGER") && words <= 3) {
          trigger = true;
        } else if (trigger && word.equals("BEGIN")) {
          inBody = true;
        }
        // only "; END" ends a body: the END of a CASE inside it does not
        bodyEnd = inBody && afterSemi && word.equals("END");
        afterSemi = false;
        hasContent = true;
        i = j;
      } else if (c == ';') {
        if (!inBody || bodyEnd) {
          if (hasContent) {
            statements.add(sql.substring(start, i).trim());
          }
          start = i + 1;
          words = 0;
          trigger = false;
          inBody = false;
          firstWord = "";
          hasContent = false;
        }
        afterSemi = inBody;
        bodyEnd = false;
        i++;
      } else {
        if (!Character.isWhitespace(c)) {
          hasContent = true;
          afterSemi = false;
          bodyEnd = false;
        }
        i++;
      }
    }
    if (hasContent) {
      statements.add(sql.substring(start).trim());
    }
    return statements;
  }

  /** Where the comment starting at {@code i} ends ({@code --} to end of line, or a block), or {@code i} when none starts there. */
  private static int commentEnd(String sql, int i) {
    int n = sql.length();
    if (i + 1 < n && sql.charAt(i) == '-' && sql.charAt(i + 1) == '-') {
      int nl = sql.indexOf('\n', i);
      return nl < 0 ? n : nl + 1;
    }
    if (i + 1 < n && sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
      int end = sql.indexOf("*/", i + 2);
      return end < 0 ? n : end + 2;
    }
    return i;
  }

  /** The first keyword of a statement, upper case, skipping blanks and comments ("" when there is none). */
  public static String firstKeyword(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (commentEnd(sql, i) > i) {
        i = commentEnd(sql, i);
      } else {
        int j = i;
        while (j < n && Character.isLetter(sql.charAt(j))) {
          j++;
        }
        return sql.substring(i, j).toUpperCase(Locale.ROOT);
      }
    }
    return "";
  }
}
