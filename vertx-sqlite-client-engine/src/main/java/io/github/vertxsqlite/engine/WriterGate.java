package io.github.vertxsqlite.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One writer at a time per database file in this JVM, granted in arrival order.
 *
 * <p>SQLite allows one writer per file. Left alone, concurrent writers wait in SQLite's busy handler, which
 * sleeps and retries (unfair, and a DEFERRED transaction that read first fails at once with SQLITE_BUSY). The
 * gate queues this process's writers instead: a connection takes it before its first write and keeps it until
 * its transaction ends, so SQLite's own lock is always free when a writer of this process asks for it. Readers
 * never take it. Other processes still meet SQLite's busy timeout.
 */
final class WriterGate {

  private static final Map<String, WriterGate> GATES = new HashMap<>();

  private final String key;
  private final Semaphore permit = new Semaphore(1, true);
  /**
   * Held while a connection to the file closes. SQLite's last connection to close checkpoints the WAL into the
   * file and deletes it, but connections closing at the same moment (a pool closing) each see the others and
   * none does it; closed one at a time, the last one does.
   */
  final Object closing = new Object();
  private int users;
  /** A write of the file failed with SQLITE_FULL: the next writer checkpoints first (see Session). */
  volatile boolean checkpointBeforeNextWrite;

  private WriterGate(String key) {
    this.key = key;
  }

  /** The gate of {@code database}, or {@code null} for a private in-memory database no one else can see. */
  static WriterGate forDatabase(String database) {
    String key = key(database);
    if (key == null) {
      return null;
    }
    synchronized (GATES) {
      WriterGate gate = GATES.computeIfAbsent(key, WriterGate::new);
      gate.users++;
      return gate;
    }
  }

  /** Drops this connection's use of the gate; the last user removes it from the registry. */
  void unregister() {
    synchronized (GATES) {
      if (--users == 0) {
        GATES.remove(key);
      }
    }
  }

  /** Writes are short: spin for the permit first, then wait (fairly) up to the timeout. */
  boolean tryAcquire(long timeoutMillis) throws InterruptedException {
    if (permit.tryAcquire() || SpinBudget.spinUntil(permit::tryAcquire)) {
      return true;
    }
    return permit.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  void release() {
    permit.release();
  }

  static String key(String database) {
    if (isNamedMemory(database)) {
      return database; // a named in-memory database shared by name
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
