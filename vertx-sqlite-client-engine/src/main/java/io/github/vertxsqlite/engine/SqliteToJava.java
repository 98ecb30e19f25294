package io.github.vertxsqlite.engine;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Values from SQLite to Java, the one home of that direction ({@link JavaToSqlite} is the other); free of
 * sqlite-jdbc, so any driver of SQLite's values can use it.
 *
 * <p>Decoding looks at the column's declared type first and the value's storage class second: a value that does
 * not fit its declared type (SQLite allows any value in any column) comes back as stored. A row getter that asks
 * for a type the column does not declare ({@code getLocalDate} on {@code date('now')}, {@code getBoolean} on 0/1
 * from an expression) reads SQLite's natural form of it through the {@code as…} methods; values that match none
 * stay as they are and fail the getter's cast, as on any other driver.
 */
public final class SqliteToJava {

  private SqliteToJava() {
  }

  /** Maps a declared column type ({@code null} for expressions) to the Java type its values decode to. */
  public static ValueType valueType(String declaredType) {
    if (declaredType == null) {
      return ValueType.ANY;
    }
    String t = declaredType.toUpperCase(Locale.ROOT);
    int paren = t.indexOf('(');
    if (paren >= 0) {
      t = t.substring(0, paren);
    }
    t = t.trim();
    switch (t) {
      case "":
        return ValueType.ANY;
      case "SMALLINT":
      case "INT2":
      case "TINYINT":
        return ValueType.SHORT;
      case "INT4":
      case "MEDIUMINT":
        return ValueType.INT;
      case "BOOLEAN":
      case "BOOL":
        return ValueType.BOOLEAN;
      case "FLOAT4":
        return ValueType.FLOAT;
      case "REAL":
      case "DOUBLE":
      case "DOUBLE PRECISION":
      case "FLOAT":
      case "FLOAT8":
        return ValueType.DOUBLE;
      case "NUMERIC":
      case "DECIMAL":
        return ValueType.DECIMAL;
      case "DATE":
        return ValueType.DATE;
      case "TIME":
        return ValueType.TIME;
      case "DATETIME":
      case "TIMESTAMP":
        return ValueType.DATETIME;
      case "TIMESTAMPTZ":
      case "TIMESTAMP WITH TIME ZONE":
      case "DATETIMETZ":
        return ValueType.DATETIME_TZ;
      case "UUID":
        return ValueType.UUID;
      case "JSON":
      case "JSONB":
        return ValueType.JSON;
      case "BLOB":
        return ValueType.BLOB;
      default:
        // SQLite's own affinity rules (datatype3.html, section 3.1) for everything else
        if (t.contains("INT")) {
          return ValueType.LONG;
        }
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
          return ValueType.TEXT;
        }
        return ValueType.ANY;
    }
  }

  /**
   * Decodes a value as read by its storage class ({@code Integer}/{@code Long}, {@code Double},
   * {@code String}, {@code byte[]} or {@code null}) into the Java type of the column.
   */
  public static Object decode(ValueType type, Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Integer) {
      raw = (long) (Integer) raw;
    }
    switch (type) {
      case SHORT:
        if (raw instanceof Long && (long) raw == (short) (long) raw) {
          return (short) (long) raw;
        }
        return raw;
      case INT:
        if (raw instanceof Long && (long) raw == (int) (long) raw) {
          return (int) (long) raw;
        }
        return raw;
      case FLOAT:
        return raw instanceof Number ? (Object) ((Number) raw).floatValue() : raw;
      case DOUBLE:
        return raw instanceof Number ? (Object) ((Number) raw).doubleValue() : raw;
      case DECIMAL:
        return decodeDecimal(raw);
      case BOOLEAN:
        return decodeBoolean(raw);
      case DATE:
      case TIME:
      case DATETIME:
      case DATETIME_TZ:
        return raw instanceof String ? decodeTemporal(type, (String) raw) : raw;
      case UUID:
        return decodeUuid(raw);
      default:
        return raw;
    }
  }

  private static Object decodeDecimal(Object raw) {
    try {
      if (raw instanceof Long) {
        return BigDecimal.valueOf((Long) raw);
      }
      if (raw instanceof Double) {
        return new BigDecimal(Double.toString((Double) raw));
      }
      if (raw instanceof String) {
        return new BigDecimal(((String) raw).trim());
      }
    } catch (NumberFormatException notANumber) {
      // NaN, Infinity or free text in a NUMERIC column: keep the stored value
    }
    return raw;
  }

  private static Object decodeBoolean(Object raw) {
    if (raw instanceof Long) {
      return (Long) raw != 0L;
    }
    if (raw instanceof String) {
      String s = (String) raw;
      if (s.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (s.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
    }
    return raw;
  }

  private static Object decodeUuid(Object raw) {
    try {
      if (raw instanceof String) {
        return java.util.UUID.fromString((String) raw);
      }
      if (raw instanceof byte[] && ((byte[]) raw).length == 16) {
        ByteBuffer bb = ByteBuffer.wrap((byte[]) raw);
        return new UUID(bb.getLong(), bb.getLong());
      }
    } catch (IllegalArgumentException notAUuid) {
      // keep the stored value
    }
    return raw;
  }

  /** Parses SQLite's text forms of dates and times; text that is not one comes back unchanged. */
  static Object decodeTemporal(ValueType type, String s) {
    try {
      switch (type) {
        case DATE:
          return LocalDate.parse(s.length() > 10 && isDateTimeSeparator(s.charAt(10)) ? s.substring(0, 10) : s);
        case TIME:
          return LocalTime.parse(s);
        case DATETIME:
          if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay();
          }
          return hasOffset(s) ? OffsetDateTime.parse(isoDateTime(s)) : LocalDateTime.parse(isoDateTime(s));
        case DATETIME_TZ:
          // SQLite's date functions work in UTC and print no offset: text without one is UTC
          return hasOffset(s) ? OffsetDateTime.parse(isoDateTime(s)) : LocalDateTime.parse(isoDateTime(s)).atOffset(ZoneOffset.UTC);
        default:
          return s;
      }
    } catch (DateTimeParseException | IndexOutOfBoundsException notATemporal) {
      return s;
    }
  }

  private static boolean isDateTimeSeparator(char c) {
    return c == ' ' || c == 'T';
  }

  private static String isoDateTime(String s) {
    return s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
  }

  private static boolean hasOffset(String s) {
    return s.endsWith("Z") || s.lastIndexOf('+') > 10 || s.lastIndexOf('-') > 10;
  }

  /** A value read as a Boolean: 0/1 and 'true'/'false'. */
  public static Object asBoolean(Object v) {
    if (v instanceof Number || v instanceof String) {
      Object b = decode(ValueType.BOOLEAN, v);
      if (b instanceof Boolean) {
        return b;
      }
    }
    return v;
  }

  public static Object asLocalDate(Object value) {
    Object v = text(value, ValueType.DATE);
    if (v instanceof LocalDateTime) {
      return ((LocalDateTime) v).toLocalDate();
    }
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toLocalDate();
    }
    return v;
  }

  public static Object asLocalTime(Object value) {
    Object v = text(value, ValueType.TIME);
    if (v instanceof String) {
      v = decode(ValueType.DATETIME, v);
    }
    if (v instanceof LocalDateTime) {
      return ((LocalDateTime) v).toLocalTime();
    }
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toLocalTime();
    }
    return v;
  }

  public static Object asLocalDateTime(Object value) {
    Object v = text(value, ValueType.DATETIME);
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toLocalDateTime();
    }
    return v;
  }

  public static Object asOffsetDateTime(Object value) {
    return text(value, ValueType.DATETIME_TZ);
  }

  /** Text as a BigDecimal; anything else is left to the caller's own numeric conversion. */
  public static Object asBigDecimal(Object v) {
    return v instanceof String ? new BigDecimal(((String) v).trim()) : v;
  }

  /** The value with text parsed as {@code type} (unparseable text stays text). */
  private static Object text(Object v, ValueType type) {
    return v instanceof String ? decode(type, v) : v;
  }
}
