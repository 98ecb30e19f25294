package io.github.vertxsqlite.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.UUID;

/**
 * Values from Java to SQLite, the one home of that direction ({@link SqliteToJava} is the other); free of
 * sqlite-jdbc, so any driver of SQLite's values can use it. Dates and times are written as ISO-8601 TEXT with a
 * space between date and time, the form SQLite's own date functions produce and read, so stored values compare
 * correctly with {@code datetime('now')}.
 */
public final class JavaToSqlite {

  private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
    .append(DateTimeFormatter.ISO_LOCAL_DATE)
    .appendLiteral(' ')
    .append(DateTimeFormatter.ISO_LOCAL_TIME)
    .toFormatter(Locale.ROOT);

  private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
    .append(LOCAL_DATE_TIME)
    .appendOffset("+HH:MM", "Z")
    .toFormatter(Locale.ROOT);

  private JavaToSqlite() {
  }

  /**
   * A parameter in the form SQLite stores it: {@code null}, {@code Long}, {@code Double}, {@code String} or
   * {@code byte[]} (1-based {@code index}, for the error). A type SQLite cannot store fails with
   * {@code SQLITE_MISMATCH}.
   */
  public static Object storageValue(int index, Object value) throws SqliteError {
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
      throw SqliteError.mismatch("Parameter at position [" + (index - 1) + "] has type " + value.getClass().getName()
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
