package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;

/**
 * One SPI command's conversation with the server: the requests it sends and the responses it reads while it holds
 * the connection (dqlite answers one request at a time, in order). It tells the codec when it is done with the wire.
 */
abstract class Exchange {

  final DqliteCodec codec;

  Exchange(DqliteCodec codec) {
    this.codec = codec;
  }

  /** Sends the first request; the exchange holds the wire until it calls {@link DqliteCodec#release}. */
  abstract void start();

  /** One response to this exchange's requests. */
  abstract void handle(Body response);

  /** The connection closed (or was never usable): complete the command with {@code failure}. */
  abstract void fail(Throwable failure);

  /** Whether a write (or COMMIT) was sent and not answered: its outcome is unknown if the connection dies now. */
  boolean writeInFlight() {
    return false;
  }
}
