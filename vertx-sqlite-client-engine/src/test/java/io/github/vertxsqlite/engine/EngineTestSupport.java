package io.github.vertxsqlite.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** What the engine's own tests share: callbacks as futures, engines on fresh files. */
final class EngineTestSupport {

  private EngineTestSupport() {
  }

  static <T> CompletableFuture<T> future(Consumer<Callback<T>> call) {
    CompletableFuture<T> f = new CompletableFuture<>();
    call.accept((r, e) -> {
      if (e != null) {
        f.completeExceptionally(e);
      } else {
        f.complete(r);
      }
    });
    return f;
  }

  static SqliteEngine open(EngineOptions options) throws Exception {
    return EngineTestSupport.<SqliteEngine>future(cb -> SqliteEngine.open(options, cb)).get(10, TimeUnit.SECONDS);
  }

  static SqliteEngine open(String database) throws Exception {
    return open(new EngineOptions().database(database));
  }

  static CompletableFuture<QueryResult> exec(SqliteEngine engine, String sql, Object[] params) {
    return future(cb -> engine.execute(sql, params, cb));
  }

  /** A path for a new database file under target/, unique per call. */
  static String newDatabase() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "test-dbs"));
    Path file = Files.createTempFile(dir, "engine-", ".db");
    Files.delete(file);
    return file.toString();
  }

  /** The failure of a future that must fail. */
  static SqliteError failure(CompletableFuture<?> f) throws Exception {
    try {
      f.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return (SqliteError) e.getCause();
    }
    throw new AssertionError("expected a failure");
  }
}
