package io.vertx.sqliteclient.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqlitePool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Statements that inline their values, each text new, each touching a few rows, run one at a time (sqllogictest style): plain sqlite-jdbc's
 * {@code Statement.execute} against this driver's {@code pool.query(sql)}, taking turns, on fresh files. Run with
 * {@code -Dexec.mainClass=io.vertx.sqliteclient.benchmarks.DistinctTextsProbe -Dbench.args=N}.
 */
public final class DistinctTextsProbe {

  /** The statement running now, for the watchdog that reports a statement that never answers. */
  private static final java.util.concurrent.atomic.AtomicInteger PROGRESS = new java.util.concurrent.atomic.AtomicInteger();

  private DistinctTextsProbe() {
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 60_000;
    List<String> texts = texts(n);
    Path dir = Files.createDirectories(Path.of("target", "bench"));
    Vertx vertx = Vertx.vertx();
    try {
      for (int round = 0; round < 4; round++) {
        double plain = plain(dir.resolve("distinct-plain.db"), texts);
        double driver = driver(vertx, dir.resolve("distinct-driver.db"), texts);
        System.out.printf(Locale.ROOT, "round %d: %,d distinct statements, plain sqlite-jdbc %.1f us each, vertx-sqlite %.1f us each: %.2fx%n",
          round, texts.size(), plain, driver, driver / plain);
      }
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    }
    System.exit(0);
  }

  /** A table, then inserts, point and range selects, updates and deletes, every text distinct. */
  static List<String> texts(int n) {
    List<String> texts = new ArrayList<>(n + 1);
    texts.add("CREATE TABLE t1 (a INTEGER PRIMARY KEY, b INTEGER, c INTEGER, d TEXT)");
    for (int i = 0; i < n; i++) {
      switch (i % 5) {
        case 0 -> texts.add("INSERT INTO t1 VALUES (" + i + ", " + (i * 7 % 1000) + ", " + (i % 13) + ", 'row " + i + "')");
        case 1 -> texts.add("SELECT a, b, d FROM t1 WHERE a = " + (i - 1));
        case 2 -> texts.add("SELECT count(*), max(b) FROM t1 WHERE a BETWEEN " + (i - 40) + " AND " + (i - 2) + " AND c < " + (i % 11));
        case 3 -> texts.add("UPDATE t1 SET b = b + 1 WHERE a = " + (i - 3));
        default -> texts.add("SELECT CASE WHEN a < " + i + " THEN 'x' ELSE d END FROM t1 WHERE a BETWEEN " + (i - 9) + " AND " + (i - 4));
      }
    }
    return texts;
  }

  static double plain(Path file, List<String> texts) throws Exception {
    Files.deleteIfExists(file);
    try (Connection c = DriverManager.getConnection(Dataset.URL_PREFIX + file); Statement st = c.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA synchronous=NORMAL");
      long start = System.nanoTime();
      for (String sql : texts) {
        if (st.execute(sql)) {
          try (ResultSet rs = st.getResultSet()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              for (int i = 1; i <= columns; i++) {
                rs.getObject(i);
              }
            }
          }
        }
      }
      return (System.nanoTime() - start) / 1000.0 / texts.size();
    }
  }

  static double driver(Vertx vertx, Path file, List<String> texts) throws Exception {
    Files.deleteIfExists(file);
    SqlitePool pool = SqlitePool.pool(vertx, new SqliteConnectOptions().setDatabase(file.toString()), new PoolOptions().setMaxSize(4));
    try {
      Promise<Long> done = Promise.promise();
      vertx.runOnContext(v -> {
        long start = System.nanoTime();
        next(pool, texts, 0).onComplete(ar -> done.handle(ar.map(x -> System.nanoTime() - start)));
      });
      long timer = vertx.setPeriodic(5000, id -> System.err.println("at statement " + PROGRESS.get() + ": " + texts.get(PROGRESS.get())));
      long nanos = done.future().toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
      vertx.cancelTimer(timer);
      return nanos / 1000.0 / texts.size();
    } finally {
      pool.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    }
  }

  /**
   * One statement after another, each sent once the one before answered; one promise for the whole run (a chain of
   * composed futures as long as the run would complete by recursion, one level per statement).
   */
  private static Future<Void> next(SqlitePool pool, List<String> texts, int first) {
    Promise<Void> done = Promise.promise();
    step(pool, texts, first, done);
    return done.future();
  }

  private static void step(SqlitePool pool, List<String> texts, int i, Promise<Void> done) {
    if (i == texts.size()) {
      done.complete();
      return;
    }
    PROGRESS.set(i);
    pool.query(texts.get(i)).execute().onComplete(ar -> {
      if (ar.failed()) {
        done.fail(ar.cause());
        return;
      }
      for (Row row : ar.result()) {
        for (int c = 0; c < row.size(); c++) {
          row.getValue(c);
        }
      }
      step(pool, texts, i + 1, done);
    });
  }
}
