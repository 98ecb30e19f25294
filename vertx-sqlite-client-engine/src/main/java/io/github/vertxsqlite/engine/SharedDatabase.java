package io.github.vertxsqlite.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * What this JVM's connections to one database share, kept while any of them is open: its {@link WriterGate}, the
 * lock its connections close under, and its {@link DiskFull} state.
 */
final class SharedDatabase {

  private static final Map<String, SharedDatabase> OPEN = new HashMap<>();

  private final String key;
  private int users;
  final WriterGate gate = new WriterGate();
  /**
   * Held while a connection to the database closes. SQLite's last connection to close checkpoints the WAL into the
   * file and deletes it, but connections closing at the same moment (a pool closing) each see the others and
   * none does it; closed one at a time, the last one does.
   */
  final Object closing = new Object();
  final DiskFull diskFull = new DiskFull();

  private SharedDatabase(String key) {
    this.key = key;
  }

  /** Joins what the connections to {@code database} share; {@code null} for a private in-memory database. */
  static SharedDatabase join(String database) {
    String key = DatabaseLocation.key(database);
    if (key == null) {
      return null;
    }
    synchronized (OPEN) {
      SharedDatabase shared = OPEN.computeIfAbsent(key, SharedDatabase::new);
      shared.users++;
      return shared;
    }
  }

  /** A connection leaves; the last one takes the shared state away. */
  void leave() {
    synchronized (OPEN) {
      if (--users == 0) {
        OPEN.remove(key);
      }
    }
  }
}
