package io.vertx.sqliteclient.impl;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;

/**
 * A heap buffer over a byte array nobody else holds (a BLOB SQLite has just handed over), without copying it.
 * It grows like any Vert.x buffer and, like Vert.x's heap buffers, ignores reference counting: the garbage
 * collector frees it.
 */
final class OwnedBytes extends UnpooledHeapByteBuf {

  OwnedBytes(byte[] bytes) {
    super(UnpooledByteBufAllocator.DEFAULT, bytes, Integer.MAX_VALUE);
  }

  @Override
  public ByteBuf retain() {
    return this;
  }

  @Override
  public ByteBuf retain(int increment) {
    return this;
  }

  @Override
  public boolean release() {
    return false;
  }

  @Override
  public boolean release(int decrement) {
    return false;
  }
}
