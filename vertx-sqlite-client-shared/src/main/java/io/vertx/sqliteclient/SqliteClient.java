package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.VertxGen;
import io.vertx.sqlclient.PropertyKind;

/** SQLite-specific result properties. */
@VertxGen
public interface SqliteClient {

  /**
   * The rowid of the last row inserted by an {@code INSERT} or {@code REPLACE}, read from a result with
   * {@code rowSet.property(SqliteClient.LAST_INSERTED_ID)}; absent when the statement inserted nothing.
   */
  PropertyKind<Long> LAST_INSERTED_ID = PropertyKind.create("last-inserted-id", Long.class);
}
