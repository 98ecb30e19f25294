package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.codegen.json.annotations.JsonGen;
import io.vertx.core.json.JsonObject;

/**
 * One event of {@link SqliteConnection#changeStream()}: a row inserted, updated or deleted (with its database,
 * table and rowid), or a transaction committed or rolled back (no table, rowid 0).
 */
@DataObject
@JsonGen(publicConverter = false)
public class SqliteChange {

  private SqliteChangeKind kind;
  private String database;
  private String table;
  private long rowid;

  public SqliteChange() {
  }

  public SqliteChange(JsonObject json) {
    SqliteChangeConverter.fromJson(json, this);
  }

  public SqliteChangeKind getKind() {
    return kind;
  }

  public SqliteChange setKind(SqliteChangeKind kind) {
    this.kind = kind;
    return this;
  }

  public String getDatabase() {
    return database;
  }

  public SqliteChange setDatabase(String database) {
    this.database = database;
    return this;
  }

  public String getTable() {
    return table;
  }

  public SqliteChange setTable(String table) {
    this.table = table;
    return this;
  }

  public long getRowid() {
    return rowid;
  }

  public SqliteChange setRowid(long rowid) {
    this.rowid = rowid;
    return this;
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    SqliteChangeConverter.toJson(this, json);
    return json;
  }

  @Override
  public String toString() {
    return toJson().encode();
  }
}
