package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.ValueType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.util.List;

/**
 * The Vert.x half of value mapping: Vert.x types to and from the plain Java values the engine maps
 * ({@link io.github.vertxsqlite.engine.TypeMapping} owns everything else). Buffers become BLOBs, JSON
 * becomes TEXT, and {@link Numeric} becomes a decimal.
 */
public final class Values {

  private static final Object[] NONE = new Object[0];

  private Values() {
  }

  public static Object[] encode(Tuple tuple) {
    int n = tuple == null ? 0 : tuple.size();
    if (n == 0) {
      return NONE;
    }
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      values[i] = encode(i, tuple.getValue(i));
    }
    return values;
  }

  /** One value as the engine stores it (Buffers as bytes, JSON as text); refuses arrays and NaN. */
  public static Object encodeValue(Object value) {
    return encode(0, value);
  }

  private static Object encode(int position, Object value) {
    if (value instanceof Buffer) {
      return CoreAccess.bytes((Buffer) value);
    } else if (value instanceof JsonObject || value instanceof JsonArray) {
      return Json.encode(value);
    } else if (value == Tuple.JSON_NULL) {
      return "null";
    } else if (value instanceof Numeric) {
      Numeric numeric = (Numeric) value;
      if (numeric.isNaN()) {
        throw Failures.mismatch("Parameter at position [" + position + "] is NaN, which SQLite cannot store");
      }
      return numeric.bigDecimalValue();
    } else if (value instanceof Object[] || value instanceof List || (value != null && value.getClass().isArray() && !(value instanceof byte[]))) {
      throw Failures.mismatch("Parameter at position [" + position + "] is an array (" + value.getClass().getSimpleName()
        + "); SQLite has no array type, store it as JSON text instead");
    }
    return value;
  }

  /** Finishes decoding one row in place: BLOBs become Buffers, JSON columns become Vert.x JSON values. */
  static Object[] decode(ValueType[] types, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      Object v = row[i];
      if (v instanceof byte[]) {
        row[i] = CoreAccess.wrap((byte[]) v);
      } else if (v instanceof String && types[i] == ValueType.JSON) {
        row[i] = parseJson((String) v);
      }
    }
    return row;
  }

  /** JSON text as Vert.x JSON: JsonObject, JsonArray, String, Number, Boolean, or {@link Tuple#JSON_NULL}. */
  static Object parseJson(String text) {
    try {
      Object value = Json.decodeValue(text);
      return value == null ? Tuple.JSON_NULL : value;
    } catch (DecodeException notJson) {
      return text;
    }
  }
}
