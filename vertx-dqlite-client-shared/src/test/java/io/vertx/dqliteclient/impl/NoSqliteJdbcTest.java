package io.vertx.dqliteclient.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import io.vertx.sqliteclient.SqliteException;
import java.util.List;
import org.junit.Test;

/** The driver shares the SQLite driver's conversions but not its engine: sqlite-jdbc is not on its class path. */
public class NoSqliteJdbcTest {

  @Test
  public void sqliteJdbcIsNotADependency() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.sqlite.JDBC"));
  }

  /**
   * Found by the SQLite driver's bad-input corpus on a cluster: the shared conversions refused an array, a list or
   * NaN through the engine's error mapping, which loads sqlite-jdbc's classes; without them the refusal was a
   * NoClassDefFoundError thrown inside the connection's pipeline, and the query never completed.
   */
  @Test
  public void valuesSqliteCannotStoreAreRefusedWithSqliteMismatch() {
    for (Object value : List.of(new int[] {1}, new String[] {"a"}, List.of(1, 2), Numeric.NaN, new Object())) {
      SqliteException refused = assertThrows(SqliteException.class, () -> Parameters.encode(Tuple.of(value), 1));
      assertEquals(value.getClass().getName(), 20, refused.getPrimaryCode());
    }
  }
}
