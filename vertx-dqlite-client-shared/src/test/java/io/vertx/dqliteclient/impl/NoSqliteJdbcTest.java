package io.vertx.dqliteclient.impl;

import static org.junit.Assert.assertThrows;

import org.junit.Test;

/** The driver shares the SQLite driver's conversions but not its engine: sqlite-jdbc is not on its class path. */
public class NoSqliteJdbcTest {

  @Test
  public void sqliteJdbcIsNotADependency() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.sqlite.JDBC"));
  }
}
