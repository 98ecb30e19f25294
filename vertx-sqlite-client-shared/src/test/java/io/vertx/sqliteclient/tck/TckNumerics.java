package io.vertx.sqliteclient.tck;

import java.math.BigDecimal;
import java.sql.JDBCType;

/** NUMERIC and DECIMAL columns decode to BigDecimal (docs/type-mapping.md). */
final class TckNumerics {

  static final JDBCType JDBC_TYPE = JDBCType.NUMERIC;
  static final Class<? extends Number> CLASS = BigDecimal.class;

  private TckNumerics() {
  }

  static Number value(Number value) {
    return new BigDecimal(value.toString());
  }

  static Number value(String value) {
    return new BigDecimal(value);
  }
}
