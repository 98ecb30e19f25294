package io.vertx.sqliteclient.impl;

import io.netty.buffer.ByteBuf;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.impl.ContextInternal;

/**
 * The few Vert.x internals the shared adapter code needs, whose packages differ between Vert.x lines: each
 * line's adapter has its own copy of this class with the same methods (this one is for Vert.x 4.5).
 */
public final class CoreAccess {

  private CoreAccess() {
  }

  /** Runs {@code handler} on {@code context}; throws RejectedExecutionException once Vert.x is closed. */
  public static <T> void emit(Context context, T value, Handler<T> handler) {
    ((ContextInternal) context).emit(value, handler);
  }

  /** A promise whose listeners run on {@code context}, whichever thread completes it. */
  public static <T> Promise<T> promise(Context context) {
    return ((ContextInternal) context).promise();
  }

  public static <T> Future<T> failedFuture(Context context, Throwable failure) {
    return ((ContextInternal) context).failedFuture(failure);
  }

  /** A buffer over {@code bytes}, which nobody else holds (a BLOB just read): no copy. */
  public static Buffer wrap(byte[] bytes) {
    return Buffer.buffer(new OwnedBytes(bytes));
  }

  /** The buffer's bytes: its backing array when that is exactly the buffer (no copy), a copy otherwise. */
  public static byte[] bytes(Buffer buffer) {
    ByteBuf buf = buffer.getByteBuf(); // a duplicate sharing the buffer's memory
    if (buf.hasArray() && buf.arrayOffset() == 0 && buf.readerIndex() == 0 && buf.array().length == buf.readableBytes()) {
      return buf.array();
    }
    return buffer.getBytes();
  }
}
