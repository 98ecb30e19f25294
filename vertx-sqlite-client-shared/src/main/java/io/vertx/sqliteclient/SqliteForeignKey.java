package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.codegen.json.annotations.JsonGen;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A foreign key of a table, from {@code PRAGMA foreign_key_list}: the referencing columns, the referenced table and columns, and the actions. */
@DataObject
@JsonGen(publicConverter = false)
public class SqliteForeignKey {

  private int id;
  private String table;
  private List<String> fromColumns = new ArrayList<>();
  private List<String> toColumns = new ArrayList<>();
  private String onUpdate;
  private String onDelete;

  public SqliteForeignKey() {
  }

  public SqliteForeignKey(JsonObject json) {
    SqliteForeignKeyConverter.fromJson(json, this);
  }

  public int getId() {
    return id;
  }

  public SqliteForeignKey setId(int id) {
    this.id = id;
    return this;
  }

  public String getTable() {
    return table;
  }

  public SqliteForeignKey setTable(String table) {
    this.table = table;
    return this;
  }

  public List<String> getFromColumns() {
    return fromColumns;
  }

  public SqliteForeignKey setFromColumns(List<String> fromColumns) {
    this.fromColumns = fromColumns;
    return this;
  }

  public List<String> getToColumns() {
    return toColumns;
  }

  public SqliteForeignKey setToColumns(List<String> toColumns) {
    this.toColumns = toColumns;
    return this;
  }

  public String getOnUpdate() {
    return onUpdate;
  }

  public SqliteForeignKey setOnUpdate(String onUpdate) {
    this.onUpdate = onUpdate;
    return this;
  }

  public String getOnDelete() {
    return onDelete;
  }

  public SqliteForeignKey setOnDelete(String onDelete) {
    this.onDelete = onDelete;
    return this;
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    SqliteForeignKeyConverter.toJson(this, json);
    return json;
  }

  @Override
  public String toString() {
    return toJson().encode();
  }
}
