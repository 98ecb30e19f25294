package io.vertx.dqliteclient.impl;

import io.github.vertxsqlite.engine.SqlSplitter;
import io.github.vertxsqlite.engine.SqliteError;

/**
 * A statement prepared on the leader, known by its id on this connection, or (id {@code -1}) a one-shot
 * statement sent with its text and parameters in one request (EXEC_SQL / QUERY_SQL). The server tells only how
 * many parameters a prepared statement has (a one-shot statement's are counted in its text); its columns are known
 * when its rows arrive. What its text says about how to run it (which request, whether it counts rows, its
 * RETURNING clause, whether it can run at all) is read once, here. Each Vert.x line's
 * {@code DqlitePreparedStatement} holds one for the SQL client.
 */
final class DqliteStatement {

  final String sql;
  final int id;
  final int parameterCount;
  final StatementRoute route;
  /** Whether its RESULT counts the rows it changed ({@link StatementRoute#changesRows}). */
  final boolean changesRows;
  /** Prepared for one query only (not cached, not held by the user): finalized after it ran. */
  final boolean oneShot;
  private final ReturningInsert returning;
  /** Why the text cannot run, refused at each run: not one statement, a NUL, a RETURNING that cannot be emulated. */
  private final RuntimeException refused;

  DqliteStatement(String sql, int id, int parameterCount, boolean oneShot) {
    this.sql = sql;
    this.id = id;
    this.route = StatementRoute.of(sql);
    this.changesRows = StatementRoute.changesRows(sql);
    this.oneShot = oneShot;
    ReturningInsert emulated = null;
    RuntimeException refusal = null;
    int count = parameterCount;
    try {
      if (id < 0) {
        // checked before PREPARE for a prepared one (PrepareExchange); here for text sent with each run
        SqlSplitter.single(sql);
        count = Placeholders.count(sql);
      }
      emulated = ReturningInsert.of(sql);
    } catch (SqliteError e) {
      refusal = Failures.of(e);
    } catch (RuntimeException e) {
      refusal = e;
    }
    this.parameterCount = count;
    this.returning = emulated;
    this.refused = refusal;
  }

  /** Throws why the text cannot run, if it cannot. */
  void check() {
    if (refused != null) {
      throw refused;
    }
  }

  /** Its RETURNING clause as emulated, or {@code null}; a text that cannot run is refused ({@link #check}). */
  ReturningInsert returning() {
    check();
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
