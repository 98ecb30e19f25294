package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.VertxGen;

/** How a database file is opened. */
@VertxGen
public enum SqliteOpenMode {
  /** Read and write; create the file when missing (the default). URI: {@code mode=rwc}. */
  READ_WRITE_CREATE,
  /** Read and write an existing file; a missing file fails the connection. URI: {@code mode=rw}. */
  READ_WRITE,
  /** Read only: writes fail with {@code SQLITE_READONLY}. URI: {@code mode=ro}. */
  READ_ONLY
}
