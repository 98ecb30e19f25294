package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Wire;
import io.vertx.sqlclient.internal.command.TxCommand;

/**
 * BEGIN (in the options' transaction mode; a BEGIN IMMEDIATE refused with SQLITE_BUSY is sent again, as SQLite's
 * busy handler would wait), COMMIT or ROLLBACK as EXEC_SQL. The leader replicates a transaction's writes when it commits, so a COMMIT
 * that loses its answer may have committed ({@link #writeInFlight()}).
 */
final class TxExchange<R> extends SessionCommand.Steps<R> {

  private final TxCommand<R> cmd;

  private TxExchange(DqliteCodec codec, TxCommand<R> cmd) {
    super(codec, cmd);
    this.cmd = cmd;
  }

  static <R> TxExchange<R> of(DqliteCodec codec, TxCommand<R> cmd) {
    return new TxExchange<>(codec, cmd);
  }

  @Override
  void start() {
    String sql = cmd.kind == TxCommand.Kind.BEGIN ? codec.beginStatement() : cmd.kind.name();
    codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_EXEC_SQL).uint64(0).text(sql));
  }

  @Override
  boolean step(Body response) {
    expect(response, Wire.RESPONSE_RESULT);
    result = cmd.result;
    return true;
  }

  @Override
  boolean writeInFlight() {
    return cmd.kind == TxCommand.Kind.COMMIT;
  }
}
