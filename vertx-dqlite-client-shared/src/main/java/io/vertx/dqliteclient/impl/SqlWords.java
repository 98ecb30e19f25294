package io.vertx.dqliteclient.impl;

import java.util.Locale;

/**
 * The words of SQL text, in upper case, skipping comments, quoted text and quoted identifiers, with the parenthesis
 * depth at each word and where it starts: enough to find a statement's keywords without parsing it.
 */
final class SqlWords {

  private final String sql;
  private int i;
  private int depth;
  private int start;

  SqlWords(String sql) {
    this.sql = sql;
  }

  /** Parentheses open at the last word. */
  int depth() {
    return depth;
  }

  /** Where the last word starts in the text. */
  int start() {
    return start;
  }

  /** The next word, or "" at the end. A quoted identifier is returned with its quotes. */
  String next() {
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'') {
        int end = sql.indexOf('\'', i + 1);
        i = end < 0 ? n : end + 1;
      } else if (c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        int end = sql.indexOf(close, i + 1);
        start = i;
        i = end < 0 ? n : end + 1;
        return sql.substring(start, i);
      } else if (c == '(') {
        depth++;
        i++;
      } else if (c == ')') {
        depth--;
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
          i++;
        }
        return sql.substring(start, i).toUpperCase(Locale.ROOT);
      } else {
        i++;
      }
    }
    start = n;
    return "";
  }

  /** The last word as written. */
  String raw() {
    return sql.substring(start, i);
  }

  /** The character after the last word, skipping blanks (0 at the end). */
  char following() {
    int j = i;
    while (j < sql.length() && Character.isWhitespace(sql.charAt(j))) {
      j++;
    }
    return j < sql.length() ? sql.charAt(j) : 0;
  }
}
