package io.vertx.dqliteclient.impl.protocol;

import io.github.vertxsqlite.engine.SqliteToJava;
import io.github.vertxsqlite.engine.ValueType;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one ROWS response: the column names, then rows until the marker that says whether more batches of
 * the same result follow. Values come out as the SQLite driver gives them for a column it knows only by storage
 * class: Long, Double, String, Buffer or null; dqlite's own BOOLEAN as Boolean and its ISO8601 text (a column
 * declared DATE/DATETIME/TIMESTAMP) as LocalDate or LocalDateTime, through the SQLite driver's decoding.
 */
public final class Rows {

  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();
  private final boolean done;

  private Rows(List<String> columns, boolean done) {
    this.columns = columns;
    this.done = done;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Object[]> rows() {
    return rows;
  }

  /** Whether this batch ends the result; otherwise the server sends another ROWS response at once. */
  public boolean done() {
    return done;
  }

  public static Rows decode(Body body) {
    int n = Math.toIntExact(body.uint64());
    List<String> columns = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      columns.add(body.text());
    }
    List<Object[]> rows = new ArrayList<>();
    int[] types = new int[n];
    int headerBytes = Body.padded((n * 4 + 7) / 8);
    while (true) {
      if (!body.hasMore()) {
        throw new IllegalStateException("dqlite protocol: ROWS without its end marker");
      }
      int first = body.peekByte();
      if (n == 0 || first == 0xee || first == 0xff) {
        long marker = body.uint64();
        Rows result = new Rows(columns, marker != Wire.ROWS_PART);
        result.rows.addAll(rows);
        return result;
      }
      for (int i = 0; i < headerBytes; i++) {
        int slot = body.uint8();
        if (2 * i < n) {
          types[2 * i] = slot & 0x0f;
        }
        if (2 * i + 1 < n) {
          types[2 * i + 1] = slot >> 4;
        }
      }
      Object[] row = new Object[n];
      for (int i = 0; i < n; i++) {
        row[i] = value(types[i], body);
      }
      rows.add(row);
    }
  }

  private static Object value(int type, Body body) {
    switch (type) {
      case Wire.INTEGER:
      case Wire.UNIXTIME:
        return body.uint64();
      case Wire.FLOAT:
        return body.float64();
      case Wire.TEXT:
        return body.text();
      case Wire.BLOB:
        return Buffer.buffer(body.blob());
      case Wire.NULL:
        body.uint64();
        return null;
      case Wire.BOOLEAN:
        return body.uint64() != 0;
      case Wire.ISO8601: {
        String text = body.text();
        if (text.isEmpty()) {
          return null;
        }
        return SqliteToJava.decode(text.length() <= 10 ? ValueType.DATE : ValueType.DATETIME, text);
      }
      default:
        throw new IllegalStateException("dqlite protocol: unknown value type " + type);
    }
  }
}
