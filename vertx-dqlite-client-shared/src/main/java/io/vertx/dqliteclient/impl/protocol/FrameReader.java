package io.vertx.dqliteclient.impl.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import java.util.function.Consumer;

/**
 * Cuts the bytes a connection receives into whole responses (header, then the body's words) and hands each one
 * over as a {@link Body}; a response split across reads waits for its remaining bytes.
 */
public final class FrameReader {

  private final CompositeByteBuf pending;

  public FrameReader(ByteBufAllocator alloc) {
    pending = alloc.compositeBuffer(64);
  }

  /** Takes ownership of {@code in}; calls {@code sink} once per complete response, in order. */
  public void read(ByteBuf in, Consumer<Body> sink) {
    pending.addComponent(true, in);
    while (pending.readableBytes() >= Wire.HEADER_SIZE) {
      int at = pending.readerIndex();
      long words = pending.getUnsignedIntLE(at);
      int type = pending.getUnsignedByte(at + 4);
      long size = Wire.HEADER_SIZE + words * Wire.WORD;
      if (pending.readableBytes() < size) {
        break;
      }
      ByteBuf body = pending.retainedSlice(at + Wire.HEADER_SIZE, (int) (size - Wire.HEADER_SIZE));
      pending.skipBytes((int) size);
      try {
        sink.accept(new Body(type, body));
      } finally {
        body.release();
      }
    }
    pending.discardReadComponents();
  }

  public void release() {
    pending.release();
  }
}
