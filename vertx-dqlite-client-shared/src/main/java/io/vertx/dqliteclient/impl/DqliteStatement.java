package io.vertx.dqliteclient.impl;

import io.github.vertxsqlite.engine.SqlSplitter;

/**
 * A statement prepared on the leader, known by its id on this connection, or (id {@code -1}) a one-shot
 * statement sent with its text and parameters in one request (EXEC_SQL / QUERY_SQL). The server tells only how
 * many parameters a statement has; its columns are known when its rows arrive. What its text says about how to run
 * it (which request, whether it counts rows, its RETURNING clause, whether it may be resent) is read once, here.
 * Each Vert.x line's {@code DqlitePreparedStatement} holds one for the SQL client.
 */
final class DqliteStatement {

  final String sql;
  final int id;
  final int parameterCount;
  final StatementRoute route;
  /** Whether its RESULT counts the rows it changed ({@link StatementRoute#changesRows}). */
  final boolean changesRows;
  /**
   * Whether a run refused with SQLITE_BUSY may be sent again: not text of several statements sent as one
   * EXEC_SQL, which runs them one by one, so a resend would run the earlier ones again.
   */
  final boolean resendable;
  /** Prepared for one query only (not cached, not held by the user): finalized after it ran. */
  final boolean oneShot;
  private final ReturningInsert returning;
  private final RuntimeException returningRefused;

  DqliteStatement(String sql, int id, int parameterCount, boolean oneShot) {
    this.sql = sql;
    this.id = id;
    this.parameterCount = parameterCount;
    this.route = StatementRoute.of(sql);
    this.changesRows = StatementRoute.changesRows(sql);
    this.resendable = id >= 0 || SqlSplitter.split(sql).size() <= 1;
    this.oneShot = oneShot;
    ReturningInsert emulated = null;
    RuntimeException refused = null;
    try {
      emulated = ReturningInsert.of(sql);
    } catch (RuntimeException e) {
      refused = e;
    }
    this.returning = emulated;
    this.returningRefused = refused;
  }

  /** Its RETURNING clause as emulated, or {@code null}; a clause that cannot be emulated is refused at each run. */
  ReturningInsert returning() {
    if (returningRefused != null) {
      throw returningRefused;
    }
    return returning;
  }

  /** A statement that is not prepared on the server: sent as text with each run. */
  static DqliteStatement inline(String sql) {
    return new DqliteStatement(sql, -1, -1, false);
  }

  boolean prepared() {
    return id >= 0;
  }
}
