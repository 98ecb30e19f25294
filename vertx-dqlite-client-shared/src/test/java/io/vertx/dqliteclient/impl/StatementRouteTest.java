package io.vertx.dqliteclient.impl;

import static io.vertx.dqliteclient.impl.StatementRoute.EXEC;
import static io.vertx.dqliteclient.impl.StatementRoute.QUERY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class StatementRouteTest {

  @Test
  public void rowProducingStatementsAreQueries() {
    assertEquals(QUERY, StatementRoute.of("select 1"));
    assertEquals(QUERY, StatementRoute.of("  -- a comment\n /* another */ SELECT 1"));
    assertEquals(QUERY, StatementRoute.of("VALUES (1), (2)"));
    assertEquals(QUERY, StatementRoute.of("EXPLAIN QUERY PLAN SELECT 1"));
    assertEquals(QUERY, StatementRoute.of("PRAGMA table_info(t)"));
    assertEquals(QUERY, StatementRoute.of("(SELECT 1)"));
  }

  @Test
  public void writesAndEverythingElseAreExecuted() {
    assertEquals(EXEC, StatementRoute.of("INSERT INTO t VALUES (1)"));
    assertEquals(EXEC, StatementRoute.of("update t set x = 1"));
    assertEquals(EXEC, StatementRoute.of("CREATE TABLE t (x)"));
    assertEquals(EXEC, StatementRoute.of("BEGIN"));
    assertEquals(EXEC, StatementRoute.of("PRAGMA user_version = 7"));
    assertEquals(EXEC, StatementRoute.of("PRAGMA main.wal_checkpoint(TRUNCATE)"));
    assertEquals(EXEC, StatementRoute.of("pragma optimize"));
  }

  @Test
  public void withIsDecidedByItsMainStatementNotItsCommonTableExpressions() {
    assertEquals(QUERY, StatementRoute.of("WITH x(n) AS (SELECT 1) SELECT n FROM x"));
    assertEquals(EXEC, StatementRoute.of("WITH x(n) AS (SELECT 1) INSERT INTO t SELECT n FROM x"));
    assertEquals(EXEC, StatementRoute.of("WITH RECURSIVE x(n) AS (VALUES(1) UNION ALL SELECT n+1 FROM x WHERE n<3) DELETE FROM t WHERE id IN x"));
    assertEquals(QUERY, StatementRoute.of("WITH \"insert\"(n) AS (SELECT 'delete') SELECT * FROM \"insert\""));
  }

  @Test
  public void onlyDmlCountsChangedRows() {
    assertTrue(StatementRoute.changesRows("INSERT INTO t VALUES (1)"));
    assertTrue(StatementRoute.changesRows("WITH x AS (SELECT 1) UPDATE t SET a = 1"));
    assertFalse(StatementRoute.changesRows("CREATE TABLE u (x)"));
    assertFalse(StatementRoute.changesRows("COMMIT"));
  }
}
