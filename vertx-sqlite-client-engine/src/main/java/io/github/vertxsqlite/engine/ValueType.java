package io.github.vertxsqlite.engine;

import java.sql.JDBCType;

/**
 * The Java type a column decodes to, chosen from its declared type (see {@link SqliteToJava}). A value whose
 * storage class does not fit the declared type is returned as stored, never dropped.
 */
public enum ValueType {
  /** No declared type (an expression): decoded by storage class to Long, Double, String, byte[] or null. */
  ANY(JDBCType.OTHER),
  SHORT(JDBCType.SMALLINT),
  INT(JDBCType.INTEGER),
  LONG(JDBCType.BIGINT),
  FLOAT(JDBCType.REAL),
  DOUBLE(JDBCType.DOUBLE),
  DECIMAL(JDBCType.NUMERIC),
  BOOLEAN(JDBCType.BOOLEAN),
  TEXT(JDBCType.VARCHAR),
  BLOB(JDBCType.BLOB),
  DATE(JDBCType.DATE),
  TIME(JDBCType.TIME),
  DATETIME(JDBCType.TIMESTAMP),
  DATETIME_TZ(JDBCType.TIMESTAMP_WITH_TIMEZONE),
  UUID(JDBCType.OTHER),
  /** JSON text; the engine returns the text, adapters may parse it into their JSON types. */
  JSON(JDBCType.OTHER);

  private final JDBCType jdbcType;

  ValueType(JDBCType jdbcType) {
    this.jdbcType = jdbcType;
  }

  public JDBCType jdbcType() {
    return jdbcType;
  }
}
