package io.vertx.dqliteclient.impl;

import io.vertx.sqlclient.impl.ParamDesc;
import io.vertx.sqlclient.impl.PreparedStatement;
import io.vertx.sqlclient.impl.RowDesc;
import io.vertx.sqlclient.impl.TupleInternal;
import io.vertx.sqliteclient.impl.SqliteRowDesc;

/**
 * A {@link DqliteStatement} as the SQL client (Vert.x 4.5) holds it in its cache and in the queries it runs. The
 * server tells only how many parameters a statement has; its columns are known when its rows arrive.
 */
final class DqlitePreparedStatement implements PreparedStatement {

  private static final ParamDesc PARAMS = new ParamDesc();

  final DqliteStatement statement;

  DqlitePreparedStatement(DqliteStatement statement) {
    this.statement = statement;
  }

  @Override
  public ParamDesc paramDesc() {
    return PARAMS;
  }

  @Override
  public RowDesc rowDesc() {
    return SqliteRowDesc.EMPTY;
  }

  @Override
  public String sql() {
    return statement.sql;
  }

  /** SQLite is dynamically typed: any value binds; the parameter count is checked as the query is encoded. */
  @Override
  public String prepare(TupleInternal values) {
    return null;
  }
}
