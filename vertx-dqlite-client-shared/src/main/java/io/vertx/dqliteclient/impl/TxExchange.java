package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Wire;

/**
 * BEGIN (in the options' transaction mode; a BEGIN IMMEDIATE refused with SQLITE_BUSY is sent again, as SQLite's
 * busy handler would wait), COMMIT or ROLLBACK as EXEC_SQL. The leader replicates a transaction's writes when it commits, so a COMMIT
 * that loses its answer may have committed ({@link #writeInFlight()}).
 */
final class TxExchange extends SessionCommand.Steps<Void> {

  /** BEGIN, COMMIT or ROLLBACK: the SQL client's names for them on both Vert.x lines. */
  private final String kind;

  TxExchange(DqliteCodec codec, String kind, Reply<Void> reply) {
    super(codec, reply);
    this.kind = kind;
  }

  @Override
  void start() {
    String sql = kind.equals("BEGIN") ? codec.beginStatement() : kind;
    codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_EXEC_SQL).uint64(0).text(sql));
  }

  @Override
  boolean step(Body response) {
    expect(response, Wire.RESPONSE_RESULT);
    return true;
  }

  @Override
  boolean writeInFlight() {
    return kind.equals("COMMIT");
  }
}
