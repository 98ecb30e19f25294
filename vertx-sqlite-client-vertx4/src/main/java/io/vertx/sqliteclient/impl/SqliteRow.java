package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.TypeMapping;
import io.github.vertxsqlite.engine.ValueType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.impl.RowInternal;
import io.vertx.sqlclient.impl.TupleInternal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * A row over the engine's decoded value array (no copy). Typed getters also read SQLite's natural
 * representations, so {@code getLocalDate} works on {@code date('now')} and {@code getBoolean} on 0/1 from an
 * expression whose column has no declared type.
 */
public final class SqliteRow extends TupleInternal implements RowInternal {

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

  // ---- SQLite's natural representations ----

  @Override
  public Boolean getBoolean(int pos) {
    Object v = getValue(pos);
    if (v instanceof Number || v instanceof String) {
      Object b = TypeMapping.decode(ValueType.BOOLEAN, v);
      if (b instanceof Boolean) {
        return (Boolean) b;
      }
    }
    return (Boolean) v;
  }

  @Override
  public LocalDate getLocalDate(int pos) {
    Object v = text(pos, ValueType.DATE);
    if (v instanceof LocalDateTime) {
      return ((LocalDateTime) v).toLocalDate();
    }
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toLocalDate();
    }
    return (LocalDate) v;
  }

  @Override
  public LocalTime getLocalTime(int pos) {
    Object v = text(pos, ValueType.TIME);
    if (v instanceof String) {
      v = TypeMapping.decode(ValueType.DATETIME, v);
    }
    if (v instanceof LocalDateTime) {
      return ((LocalDateTime) v).toLocalTime();
    }
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toLocalTime();
    }
    return (LocalTime) v;
  }

  @Override
  public LocalDateTime getLocalDateTime(int pos) {
    Object v = text(pos, ValueType.DATETIME);
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).toLocalDateTime();
    }
    return (LocalDateTime) v;
  }

  @Override
  public OffsetDateTime getOffsetDateTime(int pos) {
    return (OffsetDateTime) text(pos, ValueType.DATETIME_TZ);
  }

  /** The value at {@code pos}, with text parsed as {@code type} (unparseable text stays text and fails the cast). */
  private Object text(int pos, ValueType type) {
    Object v = getValue(pos);
    return v instanceof String ? TypeMapping.decode(type, v) : v;
  }

  @Override
  public BigDecimal getBigDecimal(int pos) {
    Object v = getValue(pos);
    if (v instanceof String) {
      return new BigDecimal(((String) v).trim());
    }
    return super.getBigDecimal(pos);
  }

  @Override
  public JsonObject getJsonObject(int pos) {
    Object v = getValue(pos);
    return v instanceof String ? (JsonObject) Values.parseJson((String) v) : (JsonObject) v;
  }

  @Override
  public JsonArray getJsonArray(int pos) {
    Object v = getValue(pos);
    return v instanceof String ? (JsonArray) Values.parseJson((String) v) : (JsonArray) v;
  }
}
