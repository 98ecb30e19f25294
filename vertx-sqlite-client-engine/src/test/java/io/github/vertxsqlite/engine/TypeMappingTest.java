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
    assertEquals(ValueType.ANY, TypeMapping.valueType(null));
    assertEquals(ValueType.LONG, TypeMapping.valueType("INTEGER"));
    assertEquals(ValueType.LONG, TypeMapping.valueType("unsigned big int"));
    assertEquals(ValueType.SHORT, TypeMapping.valueType("SMALLINT"));
    assertEquals(ValueType.INT, TypeMapping.valueType("int4"));
    assertEquals(ValueType.TEXT, TypeMapping.valueType("VARCHAR(20)"));
    assertEquals(ValueType.TEXT, TypeMapping.valueType("NATIVE CHARACTER(70)"));
    assertEquals(ValueType.DECIMAL, TypeMapping.valueType("NUMERIC(5, 2)"));
    assertEquals(ValueType.DOUBLE, TypeMapping.valueType("double precision"));
    assertEquals(ValueType.DATETIME_TZ, TypeMapping.valueType("TIMESTAMP WITH TIME ZONE"));
    assertEquals(ValueType.ANY, TypeMapping.valueType("MONEY"));
  }

  @Test
  void valuesThatDoNotFitTheirColumnComeBackAsStored() {
    assertEquals(70000L, TypeMapping.decode(ValueType.SHORT, 70000L));
    assertEquals("n/a", TypeMapping.decode(ValueType.DECIMAL, "n/a"));
    assertEquals(Double.NaN, TypeMapping.decode(ValueType.DECIMAL, Double.NaN));
    assertEquals("yesterday", TypeMapping.decode(ValueType.DATE, "yesterday"));
    assertEquals(1700000000L, TypeMapping.decode(ValueType.DATETIME, 1700000000L));
    assertEquals(Boolean.TRUE, TypeMapping.decode(ValueType.BOOLEAN, 2));
    assertEquals("maybe", TypeMapping.decode(ValueType.BOOLEAN, "maybe"));
  }

  @Test
  void temporalTextForms() {
    assertEquals(LocalDate.of(2024, 1, 2), TypeMapping.decode(ValueType.DATE, "2024-01-02 10:00:00"));
    assertEquals(LocalDateTime.of(2024, 1, 2, 0, 0), TypeMapping.decode(ValueType.DATETIME, "2024-01-02"));
    assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), TypeMapping.decode(ValueType.DATETIME, "2024-01-02T03:04:05"));
    assertEquals(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-5)),
      TypeMapping.decode(ValueType.DATETIME, "2024-01-02 03:04:05-05:00"));
    assertEquals(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), TypeMapping.decode(ValueType.DATETIME_TZ, "2024-01-02 03:04:05"));
  }

  @Test
  void encodings() {
    assertEquals("1000", TypeMapping.encodeAsText(new BigDecimal("1E+3")));
    assertEquals("2024-01-02 03:04:05.5", TypeMapping.encodeAsText(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000)));
    assertEquals("2024-01-02 03:04:05Z", TypeMapping.encodeAsText(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)));
    assertEquals("12:01:00", TypeMapping.encodeAsText(java.time.LocalTime.of(12, 1)));
  }
}
