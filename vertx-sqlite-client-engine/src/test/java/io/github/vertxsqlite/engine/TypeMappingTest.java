package io.github.vertxsqlite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TypeMappingTest {

  @Test
  void declaredTypesFollowSqliteAffinityRules() {
    assertEquals(ValueType.ANY, SqliteToJava.valueType(null));
    assertEquals(ValueType.LONG, SqliteToJava.valueType("INTEGER"));
    assertEquals(ValueType.LONG, SqliteToJava.valueType("unsigned big int"));
    assertEquals(ValueType.SHORT, SqliteToJava.valueType("SMALLINT"));
    assertEquals(ValueType.INT, SqliteToJava.valueType("int4"));
    assertEquals(ValueType.TEXT, SqliteToJava.valueType("VARCHAR(20)"));
    assertEquals(ValueType.TEXT, SqliteToJava.valueType("NATIVE CHARACTER(70)"));
    assertEquals(ValueType.DECIMAL, SqliteToJava.valueType("NUMERIC(5, 2)"));
    assertEquals(ValueType.DOUBLE, SqliteToJava.valueType("double precision"));
    assertEquals(ValueType.DATETIME_TZ, SqliteToJava.valueType("TIMESTAMP WITH TIME ZONE"));
    assertEquals(ValueType.ANY, SqliteToJava.valueType("MONEY"));
  }

  @Test
  void valuesThatDoNotFitTheirColumnComeBackAsStored() {
    assertEquals(70000L, SqliteToJava.decode(ValueType.SHORT, 70000L));
    assertEquals("n/a", SqliteToJava.decode(ValueType.DECIMAL, "n/a"));
    assertEquals(Double.NaN, SqliteToJava.decode(ValueType.DECIMAL, Double.NaN));
    assertEquals("yesterday", SqliteToJava.decode(ValueType.DATE, "yesterday"));
    assertEquals(1700000000L, SqliteToJava.decode(ValueType.DATETIME, 1700000000L));
    assertEquals(Boolean.TRUE, SqliteToJava.decode(ValueType.BOOLEAN, 2));
    assertEquals("maybe", SqliteToJava.decode(ValueType.BOOLEAN, "maybe"));
  }

  @Test
  void temporalTextForms() {
    assertEquals(LocalDate.of(2024, 1, 2), SqliteToJava.decode(ValueType.DATE, "2024-01-02 10:00:00"));
    assertEquals(LocalDateTime.of(2024, 1, 2, 0, 0), SqliteToJava.decode(ValueType.DATETIME, "2024-01-02"));
    assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), SqliteToJava.decode(ValueType.DATETIME, "2024-01-02T03:04:05"));
    assertEquals(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-5)),
      SqliteToJava.decode(ValueType.DATETIME, "2024-01-02 03:04:05-05:00"));
    assertEquals(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), SqliteToJava.decode(ValueType.DATETIME_TZ, "2024-01-02 03:04:05"));
  }

  @Test
  void encodings() {
    assertEquals("1000", JavaToSqlite.encodeAsText(new BigDecimal("1E+3")));
    assertEquals("2024-01-02 03:04:05.5", JavaToSqlite.encodeAsText(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000)));
    assertEquals("2024-01-02 03:04:05Z", JavaToSqlite.encodeAsText(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)));
    assertEquals("12:01:00", JavaToSqlite.encodeAsText(java.time.LocalTime.of(12, 1)));
  }
}
