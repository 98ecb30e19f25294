package io.vertx.sqliteclient.impl;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteColumn;
import io.vertx.sqliteclient.SqliteForeignKey;
import io.vertx.sqliteclient.SqliteIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A connection's schema, read with SQLite's table-valued pragma functions, table names bound as parameters. */
final class SchemaQueries {

  private SchemaQueries() {
  }

  static Future<List<String>> names(SqlConnection conn, String type) {
    return conn.preparedQuery("SELECT name FROM sqlite_schema WHERE type = ?1 AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
      .execute(Tuple.of(type))
      .map(rows -> {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.getString(0)));
        return names;
      });
  }

  static Future<List<SqliteColumn>> columns(SqlConnection conn, String table) {
    return conn.preparedQuery("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid")
      .execute(Tuple.of(table))
      .compose(rows -> {
        if (rows.size() == 0) {
          return Future.failedFuture(Failures.sqlError("no such table: " + table));
        }
        List<SqliteColumn> columns = new ArrayList<>();
        for (Row r : rows) {
          columns.add(new SqliteColumn().setName(r.getString(0)).setDeclaredType(r.getString(1))
            .setNotNull(r.getLong(2) != 0).setDefaultValue(r.getString(3)).setPrimaryKeyPosition(r.getInteger(4)));
        }
        return Future.succeededFuture(columns);
      });
  }

  static Future<List<SqliteIndex>> indexes(SqlConnection conn, String table) {
    return conn.preparedQuery("SELECT il.name, il.\"unique\", il.origin, ii.name FROM pragma_index_list(?1) il"
        + " JOIN pragma_index_info(il.name) ii ORDER BY il.name, ii.seqno")
      .execute(Tuple.of(table))
      .map(rows -> {
        Map<String, SqliteIndex> byName = new LinkedHashMap<>();
        for (Row r : rows) {
          SqliteIndex index = byName.computeIfAbsent(r.getString(0), n -> new SqliteIndex().setName(n)
            .setUnique(r.getLong(1) != 0).setOrigin(r.getString(2)));
          index.getColumns().add(r.getString(3));
        }
        return new ArrayList<>(byName.values());
      });
  }

  static Future<List<SqliteForeignKey>> foreignKeys(SqlConnection conn, String table) {
    return conn.preparedQuery("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?1) ORDER BY id, seq")
      .execute(Tuple.of(table))
      .map(rows -> {
        Map<Integer, SqliteForeignKey> byId = new LinkedHashMap<>();
        for (Row r : rows) {
          SqliteForeignKey fk = byId.computeIfAbsent(r.getInteger(0), id -> new SqliteForeignKey().setId(id)
            .setTable(r.getString(1)).setOnUpdate(r.getString(4)).setOnDelete(r.getString(5)));
          fk.getFromColumns().add(r.getString(2));
          fk.getToColumns().add(r.getString(3));
        }
        return new ArrayList<>(byId.values());
      });
  }
}
