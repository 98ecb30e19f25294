package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.SqliteToJava;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * A row over the engine's decoded value array (no copy); typed getters also read SQLite's natural
 * representations ({@link SqliteToJava}, {@link SqliteToVertx}). Written once for both Vert.x lines over {@code RowBase}, each line's
 * name for the SPI's row base types.
 */
public final class SqliteRow extends RowBase {

  private final SqliteRowDesc desc;
  private Object[] values;
  private int size;
  private boolean released;

  SqliteRow(SqliteRowDesc desc, Object[] values) {
    this.desc = desc;
    this.values = values;
    this.size = values.length;
  }

  /** Refills a row that its collector released, so a recycling collector sees one row object. */
  void reset(Object[] values) {
    this.values = values;
    this.size = values.length;
  }

  @Override
  public void release() {
    released = true;
  }

  @Override
  public boolean tryRecycle() {
    if (released) {
      released = false;
      return true;
    }
    return false;
  }

  @Override
  public String getColumnName(int pos) {
    return pos >= 0 && pos < desc.columnNames().size() ? desc.columnNames().get(pos) : null;
  }

  @Override
  public int getColumnIndex(String column) {
    return desc.columnIndex(column);
  }

  @Override
  public Object getValueInternal(int pos) {
    return pos >= 0 && pos < size ? values[pos] : null;
  }

  @Override
  public void setValue(int pos, Object value) {
    if (pos < 0 || pos >= size) {
      throw new IndexOutOfBoundsException("Invalid position " + pos + ": must be >= 0 and < " + size);
    }
    values[pos] = value;
  }

  @Override
  public Tuple addValue(Object value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2 + 1);
    }
    values[size++] = value;
    return this;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void clear() {
    Arrays.fill(values, 0, size, null);
    size = 0;
  }

  // ---- SQLite's natural representations (SqliteToJava, SqliteToVertx) ----

  @Override
  public Boolean getBoolean(int pos) {
    return (Boolean) SqliteToJava.asBoolean(getValue(pos));
  }

  @Override
  public LocalDate getLocalDate(int pos) {
    return (LocalDate) SqliteToJava.asLocalDate(getValue(pos));
  }

  @Override
  public LocalTime getLocalTime(int pos) {
    return (LocalTime) SqliteToJava.asLocalTime(getValue(pos));
  }

  @Override
  public LocalDateTime getLocalDateTime(int pos) {
    return (LocalDateTime) SqliteToJava.asLocalDateTime(getValue(pos));
  }

  @Override
  public OffsetDateTime getOffsetDateTime(int pos) {
    return (OffsetDateTime) SqliteToJava.asOffsetDateTime(getValue(pos));
  }

  @Override
  public BigDecimal getBigDecimal(int pos) {
    Object v = SqliteToJava.asBigDecimal(getValue(pos));
    return v instanceof BigDecimal ? (BigDecimal) v : super.getBigDecimal(pos);
  }

  @Override
  public JsonObject getJsonObject(int pos) {
    return (JsonObject) SqliteToVertx.json(getValue(pos));
  }

  @Override
  public JsonArray getJsonArray(int pos) {
    return (JsonArray) SqliteToVertx.json(getValue(pos));
  }
}
