package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Wire;
import io.vertx.sqlclient.internal.command.PrepareStatementCommand;

/** PREPARE: compiles a statement on the leader and keeps it there by id until FINALIZE. */
final class PrepareExchange extends SessionCommand.Steps<io.vertx.sqlclient.internal.PreparedStatement> {

  private final PrepareStatementCommand cmd;

  PrepareExchange(DqliteCodec codec, PrepareStatementCommand cmd) {
    super(codec, cmd);
    this.cmd = cmd;
  }

  @Override
  void start() {
    codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_PREPARE).uint64(0).text(cmd.sql()));
  }

  @Override
  boolean step(Body response) {
    expect(response, Wire.RESPONSE_STMT);
    response.uint32(); // database id
    int id = response.uint32();
    int params = (int) response.uint64();
    result = new DqlitePreparedStatement(cmd.sql(), id, params, !cmd.isManaged());
    return true;
  }
}
