package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.VertxGen;

/** What a {@link SqliteChange} reports. */
@VertxGen
public enum SqliteChangeKind {
  INSERT, UPDATE, DELETE, COMMIT, ROLLBACK
}
