package io.vertx.sqliteclient.impl;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.util.List;

/**
 * Parameters from Vert.x to SQLite: Vert.x's own types as the plain Java values that
 * {@link io.github.vertxsqlite.engine.JavaToSqlite} stores. Buffers become bytes, JSON becomes text, and
 * {@link Numeric} a decimal; arrays and NaN are refused with SQLITE_MISMATCH.
 */
public final class VertxToSqlite {

  private static final Object[] NONE = new Object[0];

  private VertxToSqlite() {
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

}
