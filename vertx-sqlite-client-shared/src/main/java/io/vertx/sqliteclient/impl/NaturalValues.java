package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.TypeMapping;
import io.github.vertxsqlite.engine.ValueType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * SQLite's natural representations read as the types a row getter promises: both lines' {@code SqliteRow}
 * call these, so {@code getLocalDate} works on {@code date('now')} and {@code getBoolean} on 0/1 from an
 * expression whose column has no declared type. Values that match none stay as they are and fail the getter's
 * cast, as on any other driver.
 */
final class NaturalValues {

  private NaturalValues() {
  }

  static Object bool(Object v) {
    if (v instanceof Number || v instanceof String) {
      Object b = TypeMapping.decode(ValueType.BOOLEAN, v);
      if (b instanceof Boolean) {
        return b;
      }
    }
    return v;
  }

  static Object localDate(Object value) {
    Object v = text(value, ValueType.DATE);
    if (v instanceof LocalDateTime) {
      return ((LocalDateTime) v).toLocalDate();
    }
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toLocalDate();
    }
    return v;
  }

  static Object localTime(Object value) {
    Object v = text(value, ValueType.TIME);
    if (v instanceof String) {
      v = TypeMapping.decode(ValueType.DATETIME, v);
    }
    if (v instanceof LocalDateTime) {
      return ((LocalDateTime) v).toLocalTime();
    }
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toLocalTime();
    }
    return v;
  }

  static Object localDateTime(Object value) {
    Object v = text(value, ValueType.DATETIME);
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toLocalDateTime();
    }
    return v;
  }

  static Object offsetDateTime(Object value) {
    return text(value, ValueType.DATETIME_TZ);
  }

  /** Text as a BigDecimal; anything else is left to the tuple's own numeric conversion. */
  static Object bigDecimal(Object v) {
    return v instanceof String ? new BigDecimal(((String) v).trim()) : v;
  }

  /** JSON text parsed (a JsonObject or JsonArray column read from an expression). */
  static Object json(Object v) {
    return v instanceof String ? Values.parseJson((String) v) : v;
  }

  /** The value with text parsed as {@code type} (unparseable text stays text). */
  private static Object text(Object v, ValueType type) {
    return v instanceof String ? TypeMapping.decode(type, v) : v;
  }
}
