package io.vertx.dqliteclient.tck;

import java.sql.JDBCType;

/**
 * How the driver gives NUMERIC and DECIMAL columns: by storage class, like every column, as dqlite sends no declared
 * types. SQLite's NUMERIC affinity stores a value without a fraction as INTEGER (Long) and others as REAL (Double),
 * and every column is described as an expression's, {@link JDBCType#OTHER}.
 */
final class TckNumerics {

  static final JDBCType JDBC_TYPE = JDBCType.OTHER;
  static final Class<? extends Number> CLASS = Number.class;

  private TckNumerics() {
  }

  static Number value(Number value) {
    double d = value.doubleValue();
    return d == Math.rint(d) && !Double.isInfinite(d) ? (Number) value.longValue() : (Number) d;
  }

  static Number value(String value) {
    return value.matches("[+-]?\\d+") ? (Number) Long.valueOf(value) : (Number) Double.valueOf(value);
  }
}
