package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.codegen.json.annotations.JsonGen;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** An index of a table, from {@code PRAGMA index_list} and {@code index_info}; origin is c (CREATE INDEX), u (UNIQUE constraint) or pk. */
@DataObject
@JsonGen(publicConverter = false)
public class SqliteIndex {

  private String name;
  private boolean unique;
  private String origin;
  private List<String> columns = new ArrayList<>();

  public SqliteIndex() {
  }

  public SqliteIndex(JsonObject json) {
    SqliteIndexConverter.fromJson(json, this);
  }

  public String getName() {
    return name;
  }

  public SqliteIndex setName(String name) {
    this.name = name;
    return this;
  }

  public boolean isUnique() {
    return unique;
  }

  public SqliteIndex setUnique(boolean unique) {
    this.unique = unique;
    return this;
  }

  public String getOrigin() {
    return origin;
  }

  public SqliteIndex setOrigin(String origin) {
    this.origin = origin;
    return this;
  }

  public List<String> getColumns() {
    return columns;
  }

  public SqliteIndex setColumns(List<String> columns) {
    this.columns = columns;
    return this;
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    SqliteIndexConverter.toJson(this, json);
    return json;
  }

  @Override
  public String toString() {
    return toJson().encode();
  }
}
