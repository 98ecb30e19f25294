package io.vertx.dqliteclient.impl;

import static org.junit.Assert.assertEquals;

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

  @Test
  public void quotesCommentsAndWordsHoldNoParameters() {
    assertEquals(1, Placeholders.count("SELECT '?', ? -- ?\n"));
    assertEquals(0, Placeholders.count("SELECT \"a?\", [b?], `c?` /* :d */ FROM t"));
    assertEquals(0, Placeholders.count("SELECT x$1, '2:30' FROM t"));
    assertEquals(1, Placeholders.count("SELECT json_extract(j, '$.a') FROM t WHERE id = ?"));
  }
}
