package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.codegen.json.annotations.JsonGen;
import io.vertx.core.json.JsonObject;

/** A table column, from {@code PRAGMA table_info}: primaryKeyPosition is 0 outside the primary key, else the 1-based position in it. */
@DataObject
@JsonGen(publicConverter = false)
public class SqliteColumn {

  private String name;
  private String declaredType;
  private boolean notNull;
  private String defaultValue;
  private int primaryKeyPosition;

  public SqliteColumn() {
  }

  public SqliteColumn(JsonObject json) {
    SqliteColumnConverter.fromJson(json, this);
  }

  public String getName() {
    return name;
  }

  public SqliteColumn setName(String name) {
    this.name = name;
    return this;
  }

  public String getDeclaredType() {
    return declaredType;
  }

  public SqliteColumn setDeclaredType(String declaredType) {
    this.declaredType = declaredType;
    return this;
  }

  public boolean isNotNull() {
    return notNull;
  }

  public SqliteColumn setNotNull(boolean notNull) {
    this.notNull = notNull;
    return this;
  }

  public String getDefaultValue() {
    return defaultValue;
  }

  public SqliteColumn setDefaultValue(String defaultValue) {
    this.defaultValue = defaultValue;
    return this;
  }

  public int getPrimaryKeyPosition() {
    return primaryKeyPosition;
  }

  public SqliteColumn setPrimaryKeyPosition(int primaryKeyPosition) {
    this.primaryKeyPosition = primaryKeyPosition;
    return this;
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    SqliteColumnConverter.toJson(this, json);
    return json;
  }

  @Override
  public String toString() {
    return toJson().encode();
  }
}
