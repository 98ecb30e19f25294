package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.StatementInfo;
import io.vertx.sqlclient.internal.ParamDesc;
import io.vertx.sqlclient.internal.PreparedStatement;
import io.vertx.sqlclient.internal.RowDesc;

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
}
