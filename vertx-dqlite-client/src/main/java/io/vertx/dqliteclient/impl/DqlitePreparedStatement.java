package io.vertx.dqliteclient.impl;

import io.vertx.sqlclient.internal.ParamDesc;
import io.vertx.sqlclient.internal.PreparedStatement;
import io.vertx.sqlclient.internal.RowDesc;
import io.vertx.sqliteclient.impl.SqliteRowDesc;

/**
 * A statement prepared on the leader, known by its id on this connection, or (id {@code -1}) a one-shot
 * statement sent with its text and parameters in one request (EXEC_SQL / QUERY_SQL). The server tells only how
 * many parameters a statement has; its columns are known when its rows arrive.
 */
final class DqlitePreparedStatement implements PreparedStatement {

  private static final ParamDesc PARAMS = new ParamDesc();

  final String sql;
  final int id;
  final int parameterCount;
  final StatementRoute route;
  /** Prepared for one query only (not cached, not held by the user): finalized after it ran. */
  final boolean oneShot;

  DqlitePreparedStatement(String sql, int id, int parameterCount, boolean oneShot) {
    this.sql = sql;
    this.id = id;
    this.parameterCount = parameterCount;
    this.route = StatementRoute.of(sql);
    this.oneShot = oneShot;
  }

  /** A statement that is not prepared on the server: sent as text with each run. */
  static DqlitePreparedStatement inline(String sql) {
    return new DqlitePreparedStatement(sql, -1, -1, false);
  }

  boolean prepared() {
    return id >= 0;
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
    return sql;
  }
}
