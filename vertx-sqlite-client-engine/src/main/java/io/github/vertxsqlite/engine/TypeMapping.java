package io.github.vertxsqlite.engine;

import org.sqlite.SQLiteErrorCode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * The one place for SQLite ↔ Java value mapping.
 *
 * <p>Decoding looks at the column's declared type first and the value's storage class second: a value that
 * does not fit its declared type (SQLite allows any value in any column) comes back as stored. Encoding
 * writes dates and times as ISO-8601 TEXT with a space between date and time, the form SQLite's own date
 * functions produce and read, so stored values compare correctly with {@code datetime('now')}.
 */
public final class TypeMapping {

  private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
    .append(DateTimeFormatter.ISO_LOCAL_DATE)
    .appendLiteral(' ')
    .append(DateTimeFormatter.ISO_LOCAL_TIME)
    .toFormatter(Locale.ROOT);

  private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
    .append(LOCAL_DATE_TIME)
    .appendOffset("+HH:MM", "Z")
    .toFormatter(Locale.ROOT);

  private TypeMapping() {
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
   * Decodes a value as sqlite-jdbc read it by storage class ({@code Integer}/{@code Long}, {@code Double},
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

  /** Binds one parameter (1-based {@code index}); a type SQLite cannot store fails with {@code SQLITE_MISMATCH}. */
  public static void bind(PreparedStatement ps, int index, Object value) throws SQLException, SqliteError {
    Object stored = storageValue(index, value);
    if (stored == null) {
      ps.setNull(index, Types.NULL);
    } else if (stored instanceof String) {
      ps.setString(index, (String) stored);
    } else if (stored instanceof Long) {
      ps.setLong(index, (Long) stored);
    } else if (stored instanceof Double) {
      ps.setDouble(index, (Double) stored);
    } else {
      ps.setBytes(index, (byte[]) stored);
    }
  }

  /**
   * A parameter in the form SQLite stores it: {@code null}, {@code Long}, {@code Double}, {@code String} or
   * {@code byte[]} (1-based {@code index}, for the error). A type SQLite cannot store fails with
   * {@code SQLITE_MISMATCH}.
   */
  static Object storageValue(int index, Object value) throws SqliteError {
    if (value == null || value instanceof String || value instanceof Long || value instanceof Double
      || value instanceof byte[]) {
      return value;
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    } else if (value instanceof Float) {
      return ((Float) value).doubleValue();
    } else if (value instanceof Boolean) {
      return (Boolean) value ? 1L : 0L;
    }
    String text = encodeAsText(value);
    if (text == null) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISMATCH,
        "Parameter at position [" + (index - 1) + "] has type " + value.getClass().getName()
          + ", which SQLite cannot store; use a number, text, boolean, byte array, date/time, UUID, BigDecimal or enum");
    }
    return text;
  }

  /** The TEXT form of values SQLite has no storage class for, or {@code null} when there is none. */
  public static String encodeAsText(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    } else if (value instanceof BigInteger || value instanceof Character || value instanceof UUID) {
      return value.toString();
    } else if (value instanceof LocalDate) {
      return value.toString();
    } else if (value instanceof LocalTime) {
      return DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value);
    } else if (value instanceof LocalDateTime) {
      return LOCAL_DATE_TIME.format((LocalDateTime) value);
    } else if (value instanceof OffsetDateTime) {
      return OFFSET_DATE_TIME.format((OffsetDateTime) value);
    } else if (value instanceof Instant) {
      return OFFSET_DATE_TIME.format(((Instant) value).atOffset(ZoneOffset.UTC));
    } else if (value instanceof OffsetTime) {
      return DateTimeFormatter.ISO_OFFSET_TIME.format((OffsetTime) value);
    } else if (value instanceof Enum<?>) {
      return ((Enum<?>) value).name();
    }
    return null;
  }
}
