package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.ColumnInfo;
import io.vertx.sqlclient.desc.ColumnDescriptor;
import java.sql.JDBCType;

/** A result column as Vert.x describes it; the type name is the declared type ("" for expressions). */
public final class SqliteColumnDesc implements ColumnDescriptor {

  private final ColumnInfo info;

  SqliteColumnDesc(ColumnInfo info) {
    this.info = info;
  }

  ColumnInfo info() {
    return info;
  }

  @Override
  public String name() {
    return info.name();
  }

  @Override
  public boolean isArray() {
    return false;
  }

  @Override
  public String typeName() {
    return info.declaredType() == null ? "" : info.declaredType();
  }

  @Override
  public JDBCType jdbcType() {
    return info.type().jdbcType();
  }

  @Override
  public String toString() {
    return info.toString();
  }
}
