package io.github.vertxsqlite.engine;

/** How the database file is opened. */
public enum OpenMode {
  /** Read and write; create the file when it does not exist (SQLite's default). */
  READ_WRITE_CREATE,
  /** Read and write an existing database; a missing file is an error. */
  READ_WRITE,
  /** Read only: every write fails with {@code SQLITE_READONLY}. */
  READ_ONLY
}
