package io.vertx.sqliteclient;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Helpers shared by the driver's own tests: a fresh database file per test, and blocking waits for tests. */
public final class SqliteTestSupport {

  private SqliteTestSupport() {
  }

  /** A new, empty database file under target/, unique per call. */
  public static String newDatabase() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "test-dbs"));
      Path file = Files.createTempFile(dir, "test-", ".db");
      Files.delete(file);
      return file.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static SqliteConnectOptions options(String database) {
    return new SqliteConnectOptions().setDatabase(database);
  }

  public static Pool pool(Vertx vertx, String database, int size) {
    return SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(size))
      .connectingTo(options(database))
      .using(vertx)
      .build();
  }

  /** Blocks the test thread (never an event loop) until the future completes. */
  public static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The failure of a future that must fail. */
  public static Throwable awaitFailure(Future<?> future) {
    try {
      future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    throw new AssertionError("Expected a failure, the future succeeded");
  }

  /** {cached statements, open cursors} as the engine of {@code conn} (standalone or pooled) counts them. */
  public static int[] engineCounts(io.vertx.sqlclient.SqlConnection conn) {
    io.github.vertxsqlite.engine.SqliteEngine engine = LineAccess.engine(conn);
    io.vertx.core.Promise<int[]> counts = io.vertx.core.Promise.promise();
    engine.resourceCounts((r, e) -> counts.complete(r));
    return await(counts.future());
  }

  /**
   * The engine-thread count to measure a test against: a connection closed by an earlier test completes its
   * close before its thread has exited, so wait (at most 2 s) until the count has held still for 100 ms.
   */
  public static long engineThreadsAtRest() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    long count = engineThreads();
    int stable = 0;
    while (stable < 5 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long now = engineThreads();
      stable = now == count ? stable + 1 : 0;
      count = now;
    }
    return count;
  }

  /** Live engine threads (named vertx-sqlite-N). */
  public static long engineThreads() {
    return Thread.getAllStackTraces().keySet().stream()
      .filter(t -> t.isAlive() && t.getName().startsWith("vertx-sqlite-"))
      .count();
  }

  /**
   * File descriptors this process holds on {@code database} or its -wal / -shm / -journal files (Linux: read from
   * /proc/self/fd; -1 where that is not available).
   */
  public static long openFileHandles(String database) {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return -1;
    }
    Path db = Path.of(database).toAbsolutePath().normalize();
    java.util.Set<Path> files = java.util.Set.of(db, Path.of(db + "-wal"), Path.of(db + "-shm"), Path.of(db + "-journal"));
    try (java.util.stream.Stream<Path> list = Files.list(fds)) {
      return list.filter(fd -> {
        try {
          return files.contains(Files.readSymbolicLink(fd));
        } catch (Exception e) {
          return false; // closed while listing
        }
      }).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
