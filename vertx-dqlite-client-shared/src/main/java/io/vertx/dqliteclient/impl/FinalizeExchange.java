package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Wire;

/** FINALIZE: frees a prepared statement on the leader; a one-shot statement has nothing to free. */
final class FinalizeExchange extends SessionCommand.Steps<Void> {

  private final DqliteStatement statement;

  FinalizeExchange(DqliteCodec codec, DqliteStatement statement, Reply<Void> reply) {
    super(codec, reply);
    this.statement = statement;
  }

  @Override
  void start() {
    if (!statement.prepared()) {
      handle(null);
      return;
    }
    codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_FINALIZE).uint32(0).uint32(statement.id));
  }

  @Override
  boolean step(Body response) {
    if (response != null) {
      expect(response, Wire.RESPONSE_EMPTY);
    }
    return true;
  }
}
