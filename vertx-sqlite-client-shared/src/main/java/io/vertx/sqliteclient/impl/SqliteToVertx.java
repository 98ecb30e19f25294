package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.ValueType;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.sqlclient.Tuple;

/**
 * Values from SQLite to Vert.x, on top of {@link io.github.vertxsqlite.engine.SqliteToJava}: BLOBs become Buffers
 * and JSON text Vert.x JSON values, in a row as it is decoded and when a getter asks for JSON.
 */
final class SqliteToVertx {

  private SqliteToVertx() {
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

  /** JSON text parsed, for a JsonObject or JsonArray getter on a column an expression produced. */
  static Object json(Object v) {
    return v instanceof String ? parseJson((String) v) : v;
  }
}
