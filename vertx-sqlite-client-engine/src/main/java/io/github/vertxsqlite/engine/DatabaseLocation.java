package io.github.vertxsqlite.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a database name or {@code file:} URI points: a file, an in-memory database shared by name, or a private
 * in-memory database. The one reading of names and URIs, for the registry of {@link SharedDatabase} and for
 * {@link Opening}.
 */
final class DatabaseLocation {

  private DatabaseLocation() {
  }

  /**
   * What identifies the database across this JVM's connections: the real path of its file, or the name of a
   * shared in-memory database; {@code null} for a private in-memory database no other connection can see.
   */
  static String key(String database) {
    if (isNamedMemory(database)) {
      return database;
    }
    Path path = file(database);
    if (path == null) {
      return null;
    }
    path = path.toAbsolutePath().normalize();
    try {
      if (Files.exists(path)) {
        path = path.toRealPath();
      }
    } catch (IOException ignore) {
      // keep the normalized path
    }
    return path.toString();
  }

  /** The file a database name or {@code file:} URI opens, or {@code null} for an in-memory database. */
  static Path file(String database) {
    if (database.equals(EngineOptions.MEMORY) || database.isEmpty() || isNamedMemory(database)) {
      return null;
    }
    if (database.startsWith("file:")) {
      int q = database.indexOf('?');
      database = database.substring(5, q < 0 ? database.length() : q);
    }
    return Path.of(database);
  }

  private static boolean isNamedMemory(String database) {
    if (!database.startsWith("file:")) {
      return false;
    }
    int q = database.indexOf('?');
    String query = q < 0 ? "" : database.substring(q);
    return query.contains("vfs=memdb") || query.contains("mode=memory");
  }
}
