package io.vertx.dqliteclient.impl;

import java.util.HashSet;
import java.util.Set;

/**
 * How many parameters a statement takes, read from its text as SQLite's tokenizer numbers them: {@code ?NNN} is
 * parameter NNN, a bare {@code ?} the largest number so far plus one, a name ({@code :a}, {@code @a}, {@code $a},
 * {@code #a}, with TCL's {@code ::} and {@code (...)} forms) the next number at its first use. The count is the
 * largest number. Needed for text sent with its parameters in one request (EXEC_SQL / QUERY_SQL): the server binds
 * what it is given and leaves the rest NULL, where the SQLite driver refuses a wrong count with SQLITE_RANGE.
 */
final class Placeholders {

  /** The leader's SQLite (3.40, its default SQLITE_MAX_VARIABLE_NUMBER) refuses larger numbers. */
  private static final int MAX_NUMBER = 32766;

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
        largest = j > i + 1 ? Math.max(largest, number(sql.substring(i + 1, j))) : largest + 1;
        i = j;
      } else if (c == ':' || c == '@' || c == '$' || c == '#') {
        int j = nameEnd(sql, i);
        if (j > i + 1 && names.add(sql.substring(i, j))) {
          largest++;
        }
        i = Math.max(j, i + 1);
      } else if (isIdChar(c)) {
        // a word: '$' and digits inside it are part of it, not a parameter
        while (i < n && isIdChar(sql.charAt(i))) {
          i++;
        }
      } else {
        i++;
      }
    }
    if (largest > MAX_NUMBER) {
      throw outOfRange();
    }
    return largest;
  }

  /** Where the name of the parameter whose prefix is at {@code i} ends, TCL's {@code a::b} and {@code a(...)} included. */
  private static int nameEnd(String sql, int i) {
    int n = sql.length();
    int j = i + 1;
    while (j < n) {
      char c = sql.charAt(j);
      if (isIdChar(c)) {
        j++;
      } else if (c == ':' && j + 1 < n && sql.charAt(j + 1) == ':') {
        j += 2;
      } else if (c == '(' && j > i + 1) {
        int close = sql.indexOf(')', j);
        return close < 0 ? n : close + 1;
      } else {
        break;
      }
    }
    return j;
  }

  private static int number(String digits) {
    int value;
    try {
      value = Integer.parseInt(digits);
    } catch (NumberFormatException tooLong) {
      throw outOfRange();
    }
    if (value < 1 || value > MAX_NUMBER) {
      throw outOfRange();
    }
    return value;
  }

  private static RuntimeException outOfRange() {
    return Failures.sqlError("variable number must be between ?1 and ?" + MAX_NUMBER);
  }

  /** SQLite's identifier characters: ASCII letters and digits, '_', '$', and every character past ASCII. */
  private static boolean isIdChar(char c) {
    return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
  }
}
