package io.vertx.dqliteclient.impl.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/**
 * One request on the wire: write the body's fields in order, then {@link #finish()} fills in the header. Text is
 * UTF-8 with a terminating zero, padded to a word; integers are little-endian.
 */
public final class Request {

  private final ByteBuf buf;

  private Request(ByteBufAllocator alloc, int type) {
    buf = alloc.buffer(64);
    buf.writeIntLE(0);         // body length in words, set by finish()
    buf.writeByte(type);
    buf.writeByte(0);          // schema
    buf.writeShortLE(0);       // spare
  }

  public static Request of(ByteBufAllocator alloc, int type) {
    return new Request(alloc, type);
  }

  public static ByteBuf handshake(ByteBufAllocator alloc) {
    return alloc.buffer(8).writeLongLE(Wire.PROTOCOL_VERSION);
  }

  public Request uint64(long v) {
    buf.writeLongLE(v);
    return this;
  }

  public Request uint32(int v) {
    buf.writeIntLE(v);
    return this;
  }

  public Request text(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    buf.writeBytes(bytes);
    buf.writeByte(0);
    pad();
    return this;
  }

  /**
   * Statement parameters (schema 0): a count byte and one type byte per value, padded to a word, then the
   * values. Values are already SQLite storage values: null, Long, Double, String or byte[]. No parameters, no bytes.
   */
  public Request params(Object[] values) {
    if (values.length == 0) {
      return this;
    }
    buf.writeByte(values.length);
    for (Object v : values) {
      buf.writeByte(typeOf(v));
    }
    pad();
    for (Object v : values) {
      if (v == null) {
        buf.writeLongLE(0);
      } else if (v instanceof Long) {
        buf.writeLongLE((Long) v);
      } else if (v instanceof Double) {
        buf.writeLongLE(Double.doubleToRawLongBits((Double) v));
      } else if (v instanceof String) {
        text((String) v);
      } else {
        byte[] bytes = (byte[]) v;
        buf.writeLongLE(bytes.length);
        buf.writeBytes(bytes);
        pad();
      }
    }
    return this;
  }

  private static int typeOf(Object v) {
    if (v == null) {
      return Wire.NULL;
    } else if (v instanceof Long) {
      return Wire.INTEGER;
    } else if (v instanceof Double) {
      return Wire.FLOAT;
    } else if (v instanceof String) {
      return Wire.TEXT;
    } else if (v instanceof byte[]) {
      return Wire.BLOB;
    }
    throw new IllegalArgumentException("not a storage value: " + v.getClass());
  }

  private void pad() {
    int rest = (buf.writerIndex() - Wire.HEADER_SIZE) % Wire.WORD;
    if (rest != 0) {
      buf.writeZero(Wire.WORD - rest);
    }
  }

  public ByteBuf finish() {
    int body = buf.writerIndex() - Wire.HEADER_SIZE;
    if (body == 0) {
      buf.writeLongLE(0); // the server reads at least one word
      body = Wire.WORD;
    }
    buf.setIntLE(0, body / Wire.WORD);
    return buf;
  }
}
