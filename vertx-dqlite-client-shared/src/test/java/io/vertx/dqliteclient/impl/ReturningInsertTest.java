package io.vertx.dqliteclient.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.vertx.sqliteclient.SqliteException;
import org.junit.Test;

public class ReturningInsertTest {

  @Test
  public void statementsWithoutReturningAreLeftAlone() {
    assertNull(ReturningInsert.of("INSERT INTO t VALUES (1)"));
    assertNull(ReturningInsert.of("SELECT 'RETURNING' AS returning"));
    assertNull(ReturningInsert.of("INSERT INTO t (returning_count) VALUES ('x RETURNING y')"));
  }

  @Test
  public void anInsertBecomesTheInsertThenASelectOfItsRow() {
    ReturningInsert r = ReturningInsert.of("INSERT INTO main.\"To Do\" (title) VALUES (?) RETURNING id, title;");
    assertEquals("INSERT INTO main.\"To Do\" (title) VALUES (?) ", r.insert);
    assertEquals("SELECT id, title FROM main.\"To Do\" WHERE rowid = ?", r.select(true));
    assertEquals("SELECT id, title FROM main.\"To Do\" WHERE 0", r.select(false));
    ReturningInsert ignore = ReturningInsert.of("insert or ignore into t(a) values (1) on conflict do nothing returning *");
    assertEquals("SELECT * FROM t WHERE rowid = ?", ignore.select(true));
  }

  @Test
  public void whatCannotBeEmulatedIsRefused() {
    assertThrows(SqliteException.class, () -> ReturningInsert.of("UPDATE t SET a = 1 RETURNING a"));
    assertThrows(SqliteException.class, () -> ReturningInsert.of("DELETE FROM t RETURNING a"));
    assertThrows(SqliteException.class, () -> ReturningInsert.of("INSERT INTO t(a) VALUES (1) ON CONFLICT(a) DO UPDATE SET a = 2 RETURNING a"));
    assertThrows(SqliteException.class, () -> ReturningInsert.of("INSERT INTO t(a) VALUES (1) RETURNING a + ?"));
  }
}
