package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.sqlclient.internal.command.CommandBase;

/** An exchange that needs no request: it completes its command as soon as it gets the wire. */
final class Immediate extends Exchange {

  private final CommandBase<?> cmd;
  private final Throwable failure;

  private Immediate(DqliteCodec codec, CommandBase<?> cmd, Throwable failure) {
    super(codec);
    this.cmd = cmd;
    this.failure = failure;
  }

  static Immediate done(DqliteCodec codec, CommandBase<?> cmd) {
    return new Immediate(codec, cmd, null);
  }

  static Immediate failed(DqliteCodec codec, CommandBase<?> cmd, Throwable failure) {
    return new Immediate(codec, cmd, failure);
  }

  @Override
  void start() {
    if (failure == null) {
      codec.complete(cmd, null);
    } else {
      codec.fail(cmd, failure);
    }
    codec.release(this);
  }

  @Override
  void handle(Body response) {
    throw new IllegalStateException("no request was sent");
  }

  @Override
  void fail(Throwable failure) {
    codec.fail(cmd, failure);
  }
}
