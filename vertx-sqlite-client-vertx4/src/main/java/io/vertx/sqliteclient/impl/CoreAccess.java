package io.vertx.sqliteclient.impl;

import io.netty.buffer.ByteBuf;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.impl.ContextInternal;

/**
 * This line's (Vert.x 4.5) Vert.x internals for the shared adapter code, whose packages differ between Vert.x lines:
 * the context ones as the shared {@link ContextAccess}, handed to whoever needs it; the buffer ones as static
 * helpers, because values are converted in static code (parameter encoding, row decoding, user functions).
 */
public final class CoreAccess implements ContextAccess {

  public static final CoreAccess INSTANCE = new CoreAccess();

  private CoreAccess() {
  }

  @Override
  public <T> void emit(Context context, T value, Handler<T> handler) {
    ((ContextInternal) context).emit(value, handler);
  }

  @Override
  public <T> Promise<T> promise(Context context) {
    return ((ContextInternal) context).promise();
  }

  @Override
  public <T> Future<T> failedFuture(Context context, Throwable failure) {
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
