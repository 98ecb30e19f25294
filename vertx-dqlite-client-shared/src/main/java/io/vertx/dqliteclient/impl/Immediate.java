package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;

/** An exchange that needs no request: it completes its command as soon as it gets the wire. */
final class Immediate extends Exchange {

  private final Reply<?> reply;
  private final Throwable failure;

  private Immediate(DqliteCodec codec, Reply<?> reply, Throwable failure) {
    super(codec);
    this.reply = reply;
    this.failure = failure;
  }

  static Immediate done(DqliteCodec codec, Reply<?> reply) {
    return new Immediate(codec, reply, null);
  }

  static Immediate failed(DqliteCodec codec, Reply<?> reply, Throwable failure) {
    return new Immediate(codec, reply, failure);
  }

  @Override
  void start() {
    if (failure == null) {
      codec.complete(reply, null);
    } else {
      codec.fail(reply, failure);
    }
    codec.release(this);
  }

  @Override
  void handle(Body response) {
    throw new IllegalStateException("no request was sent");
  }

  @Override
  void fail(Throwable failure) {
    codec.fail(reply, failure);
  }
}
