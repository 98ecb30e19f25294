package io.vertx.dqliteclient.impl;

import java.util.HashSet;
import java.util.Set;

/**
 * How many parameters a statement takes, read from its text as SQLite numbers them: {@code ?NNN} is parameter NNN,
 * a bare {@code ?} the largest number so far plus one, a name ({@code :a}, {@code @a}, {@code $a}) the next
 * number at its first use. The count is the largest number. Needed for text sent with its parameters in one
 * request (EXEC_SQL / QUERY_SQL): the server binds what it is given and leaves the rest NULL, where the SQLite
 * driver refuses a wrong count with SQLITE_RANGE.
 */
final class Placeholders {

  private Placeholders() {
  }

  static int count(String sql) {
    int largest = 0;
    Set<String> names = new HashSet<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
        int end = sql.indexOf(c == '[' ? ']' : c, i + 1);
        i = end < 0 ? n : end + 1;
      } else if (c == '?') {
        int j = i + 1;
        while (j < n && Character.isDigit(sql.charAt(j))) {
          j++;
        }
        largest = j > i + 1 ? Math.max(largest, Integer.parseInt(sql.substring(i + 1, j))) : largest + 1;
        i = j;
      } else if ((c == ':' || c == '@' || c == '$') && i + 1 < n && isNameChar(sql.charAt(i + 1))) {
        int j = i + 1;
        while (j < n && isNameChar(sql.charAt(j))) {
          j++;
        }
        if (names.add(sql.substring(i, j))) {
          largest++;
        }
        i = j;
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        // a word: '$' and digits inside it are part of it, not a parameter
        while (i < n && isNameChar(sql.charAt(i))) {
          i++;
        }
      } else {
        i++;
      }
    }
    return largest;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
