package io.vertx.dqliteclient.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.vertx.sqliteclient.SqliteException;

import org.junit.Test;

/** Parameters counted in a statement's text as SQLite numbers them. */
public class PlaceholdersTest {

  @Test
  public void countsAsSqliteNumbersParameters() {
    assertEquals(0, Placeholders.count("SELECT 1"));
    assertEquals(2, Placeholders.count("SELECT ?, ?"));
    assertEquals(2, Placeholders.count("SELECT ?2, ?1"));
    assertEquals(5, Placeholders.count("SELECT ?5"));
    assertEquals(4, Placeholders.count("SELECT ?3, ?"));           // a bare ? after ?3 is ?4
    assertEquals(2, Placeholders.count("SELECT :a, :b, :a"));      // a name used twice is one parameter
    assertEquals(3, Placeholders.count("SELECT $x, @y, :z"));
  }

  /** Found in review: names as SQLite's tokenizer reads them (TCL forms, #name, characters past ASCII). */
  @Test
  public void namesAsSqlitesTokenizerReadsThem() {
    assertEquals(1, Placeholders.count("SELECT $a::b"));
    assertEquals(2, Placeholders.count("SELECT :a(1), :a(2)"));
    assertEquals(1, Placeholders.count("SELECT #a"));
    assertEquals(1, Placeholders.count("SELECT :\uD842\uDFB7"));
    assertEquals(2, Placeholders.count("SELECT :\u0928\u093E\u092E, :\u0928\u093E\u0935"));
    assertEquals(0, Placeholders.count("SELECT 1 AS prix\u20AC$ttc"));
  }

  /** Found in review: a parameter number SQLite refuses is refused as SQLite refuses it, not as a Java error. */
  @Test
  public void parameterNumbersOutOfSqlitesRangeAreSqliteErrors() {
    for (String sql : new String[] {"SELECT ?99999999999", "SELECT ?40000", "SELECT ?0", "SELECT ?2147483647, ?"}) {
      SqliteException refused = assertThrows(sql, SqliteException.class, () -> Placeholders.count(sql));
      assertEquals(sql, 1, refused.getPrimaryCode());
    }
    assertEquals(32766, Placeholders.count("SELECT ?32766"));
  }

  @Test
  public void quotesCommentsAndWordsHoldNoParameters() {
    assertEquals(1, Placeholders.count("SELECT '?', ? -- ?\n"));
    assertEquals(0, Placeholders.count("SELECT \"a?\", [b?], `c?` /* :d */ FROM t"));
    assertEquals(0, Placeholders.count("SELECT x$1, '2:30' FROM t"));
    assertEquals(1, Placeholders.count("SELECT json_extract(j, '$.a') FROM t WHERE id = ?"));
  }
}
