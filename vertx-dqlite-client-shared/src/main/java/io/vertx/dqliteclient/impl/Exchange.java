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

  /** SQLite's busy handler's waits (ms), growing, then the last one repeated. */
  private static final int[] BUSY_DELAYS = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};

  private long busySince;
  private int busyRetries;

  /**
   * SQLite's busy timeout, on the client: the leader answers SQLITE_BUSY at once when another connection holds the
   * write lock, and a statement refused that way changed nothing, so it is sent again after a short wait until the
   * options' busy timeout. {@code false} when {@code failure} is another error or the time is up.
   */
  final boolean retryWhenBusy(Throwable failure, Runnable resend) {
    if (!(failure instanceof io.vertx.sqliteclient.SqliteException)
      || ((io.vertx.sqliteclient.SqliteException) failure).getExtendedCode() != SqliteCodes.SQLITE_BUSY) {
      return false;
    }
    long now = System.nanoTime();
    if (busyRetries == 0) {
      busySince = now;
    }
    if (now - busySince >= codec.busyTimeoutNanos()) {
      return false;
    }
    int delay = BUSY_DELAYS[Math.min(busyRetries++, BUSY_DELAYS.length - 1)];
    codec.later(this, delay, resend);
    return true;
  }

  /** A statement was answered: the next one gets the whole busy timeout again. */
  final void busyDone() {
    busyRetries = 0;
  }

  /** Whether a write (or COMMIT) was sent and not answered: its outcome is unknown if the connection dies now. */
  boolean writeInFlight() {
    return false;
  }
}
