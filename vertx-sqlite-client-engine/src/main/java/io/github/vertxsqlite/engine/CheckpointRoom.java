package io.github.vertxsqlite.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Whether the file system holding a database has the room a checkpoint of its WAL needs: the pages the file grows
 * by ({@code page_count × page_size} less its size now). A checkpoint that runs out of room half-way keeps what
 * it wrote (measured on a full 2 MB tmpfs: 256 KB freed, a failed checkpoint grew the file by 260 KB, and the
 * next small insert, which SQLite would have taken into the WAL, failed SQLITE_FULL), so it is not tried then.
 */
final class CheckpointRoom {

  private final Path file;
  private final Statements statements;

  CheckpointRoom(Path file, Statements statements) {
    this.file = file;
    this.statements = statements;
  }

  /** True when the checkpoint should fit, or when the room cannot be told (it is then tried, as before). */
  boolean fits() throws SQLException {
    if (file == null) {
      return true;
    }
    long pages = SqliteJdbc.queryLong(statements.internal("PRAGMA page_count").ps);
    long pageSize = SqliteJdbc.queryLong(statements.internal("PRAGMA page_size").ps);
    try {
      long growth = pages * pageSize - Files.size(file);
      return Files.getFileStore(file).getUsableSpace() >= growth;
    } catch (IOException e) {
      return true;
    }
  }
}
