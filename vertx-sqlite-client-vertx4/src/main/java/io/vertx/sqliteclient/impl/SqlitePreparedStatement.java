package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.StatementInfo;
import io.vertx.sqlclient.impl.ParamDesc;
import io.vertx.sqlclient.impl.PreparedStatement;
import io.vertx.sqlclient.impl.RowDesc;
import io.vertx.sqlclient.impl.TupleInternal;

/** A statement compiled on the engine thread; the engine keeps it by SQL text. */
public final class SqlitePreparedStatement implements PreparedStatement {

  private static final ParamDesc PARAMS = new ParamDesc();

  private final StatementInfo info;
  private final SqliteRowDesc rowDesc;

  public SqlitePreparedStatement(StatementInfo info) {
    this.info = info;
    this.rowDesc = SqliteRowDesc.of(info.columns());
  }

  @Override
  public ParamDesc paramDesc() {
    return PARAMS;
  }

  @Override
  public RowDesc rowDesc() {
    return rowDesc;
  }

  @Override
  public String sql() {
    return info.sql();
  }

  /** SQLite is dynamically typed: any value binds; the engine checks the parameter count. */
  @Override
  public String prepare(TupleInternal values) {
    return null;
  }
}
