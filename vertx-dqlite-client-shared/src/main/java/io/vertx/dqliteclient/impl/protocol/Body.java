package io.vertx.dqliteclient.impl.protocol;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** Reads the fields of one response body in order; text and blobs are padded to whole words. */
public final class Body {

  private final int type;
  private final ByteBuf buf;

  public Body(int type, ByteBuf buf) {
    this.type = type;
    this.buf = buf;
  }

  public int type() {
    return type;
  }

  public long uint64() {
    return buf.readLongLE();
  }

  public int uint32() {
    return buf.readIntLE();
  }

  public int uint8() {
    return buf.readUnsignedByte();
  }

  /** The next word without consuming it. */
  public long peekWord() {
    return buf.getLongLE(buf.readerIndex());
  }

  public int peekByte() {
    return buf.getUnsignedByte(buf.readerIndex());
  }

  public boolean hasMore() {
    return buf.isReadable();
  }

  public String text() {
    int start = buf.readerIndex();
    int end = buf.indexOf(start, buf.writerIndex(), (byte) 0);
    if (end < 0) {
      throw new IllegalStateException("dqlite protocol: text without its terminating zero");
    }
    String s = buf.toString(start, end - start, StandardCharsets.UTF_8);
    buf.readerIndex(start + padded(end - start + 1));
    return s;
  }

  public byte[] blob() {
    int length = Math.toIntExact(buf.readLongLE());
    byte[] bytes = new byte[length];
    buf.readBytes(bytes);
    buf.skipBytes(padded(length) - length);
    return bytes;
  }

  public double float64() {
    return Double.longBitsToDouble(buf.readLongLE());
  }

  public void skip(int bytes) {
    buf.skipBytes(bytes);
  }

  static int padded(int n) {
    return (n + Wire.WORD - 1) / Wire.WORD * Wire.WORD;
  }
}
