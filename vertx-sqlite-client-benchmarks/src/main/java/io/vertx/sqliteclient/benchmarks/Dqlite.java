package io.vertx.sqliteclient.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.dqliteclient.DqliteBuilder;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The cluster of the vertx-dqlite-client contender: the one {@code --dqlite=URI} or {@value #ENV} names, or else
 * three {@code dqlite-demo} nodes (Debian's go-dqlite) this class starts on free loopback ports with temporary data
 * directories and stops again ({@link #close}, and a shutdown hook should the JVM end first). Without either, or
 * when the cluster does not answer, the contender is skipped and {@link #status} says why: the benchmark (and its
 * smoke test in the build) must run on machines without dqlite.
 */
final class Dqlite implements AutoCloseable {

  static final String NAME = "vertx-dqlite-client";
  static final String ENV = "VERTX_SQLITE_DQLITE_URI";
  static final String DEMO = "dqlite-demo";
  /** The database the benchmark opens on the cluster it starts (a named cluster: the URI's). */
  static final String DATABASE = "bench";
  private static final String HINT = "install go-dqlite for " + DEMO + ", or name a cluster with " + ENV;
  /** dqlite 1.11 binds at most 255 parameters per statement: 63 rows of 4 columns. */
  private static final int LOAD_ROWS_PER_INSERT = 60;
  /** Rows per load transaction (one commit each). */
  private static final int LOAD_ROWS_PER_TX = 6_000;
  /** How long a started cluster may take to elect a leader, promote its voters and answer. */
  static final long START_DEADLINE_MILLIS = 60_000;

  /** null when skipped */
  private final DqliteConnectOptions options;
  /** The nodes started here, or null (a named cluster, or skipped). */
  private final DqliteDemoCluster cluster;
  /** One line for the report: the cluster measured against, or why the contender was skipped. */
  final String status;
  /** Rows loaded so far: the first pool loads the tables, later ones only put them back as loaded. */
  private int loaded = -1;

  private Dqlite(DqliteConnectOptions options, DqliteDemoCluster cluster, String status) {
    this.options = options;
    this.cluster = cluster;
    this.status = status;
  }

  boolean available() {
    return options != null;
  }

  /** {@code --dqlite=URI} first, then the environment; null when neither is set. */
  static String uri(String[] args) {
    for (String a : args) {
      if (a.startsWith("--dqlite=")) {
        return a.substring("--dqlite=".length());
      }
    }
    String env = System.getenv(ENV);
    return env == null || env.isBlank() ? null : env.trim();
  }

  /** {@value #DEMO} on the PATH, or null. */
  static Path demoOnPath() {
    return onPath(DEMO);
  }

  static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * The cluster {@code uri} names; when null, three nodes of {@code demo} started here; when that is null too,
   * skipped. Never throws: a missing or silent cluster only skips the contender.
   */
  static Dqlite start(Vertx vertx, String uri, Path demo) {
    if (uri != null) {
      DqliteConnectOptions options;
      try {
        options = DqliteConnectOptions.fromUri(uri);
      } catch (RuntimeException e) {
        return skipped("cannot read " + ENV + ": " + e.getMessage());
      }
      configure(options);
      String where = String.valueOf(options.getNodes()) + "/" + options.getDatabase();
      try {
        // one attempt: a named cluster is expected to be up
        String version = selectOne(vertx, options.setLeaderTimeoutMillis(5_000), 15);
        options.setLeaderTimeoutMillis(DqliteConnectOptions.DEFAULT_LEADER_TIMEOUT_MILLIS);
        return new Dqlite(options, null, String.format("%s: dqlite cluster %s (SQLite %s), %s", NAME, where,
          version, common(options)));
      } catch (Exception e) {
        return skipped("no answer from " + where + ": " + reason(e));
      }
    }
    if (demo == null) {
      return skipped(ENV + " not set and no " + DEMO + " on the PATH");
    }
    DqliteDemoCluster cluster = null;
    try {
      long t0 = System.nanoTime();
      cluster = DqliteDemoCluster.start(demo);
      DqliteConnectOptions options = DqliteConnectOptions.fromUri(cluster.uri());
      configure(options);
      String version = cluster.awaitReady(vertx, options);
      System.err.printf(Locale.ROOT, "%s: 3 nodes answering, 3 voters, after %.1f s%n", DEMO, (System.nanoTime() - t0) / 1e9);
      return new Dqlite(options, cluster, String.format("%s: 3 %s nodes started here on %s (SQLite %s), %s",
        NAME, DEMO, cluster.dbAddresses(), version, common(options)));
    } catch (Exception e) {
      String why = (cluster == null ? "cannot start " + DEMO : "the " + DEMO + " cluster did not answer") + ": "
        + reason(e) + (cluster == null ? "" : cluster.logTail());
      if (cluster != null) {
        cluster.close();
      }
      return skipped(why);
    }
  }

  private static String common(DqliteConnectOptions options) {
    return "prepared statements cached, tables reset to the loaded rows before each run (database "
      + options.getDatabase() + ")";
  }

  private static void configure(DqliteConnectOptions options) {
    // as for vertx-pg-client: a statement is prepared once per connection, then run by id
    options.setCachePreparedStatements(true);
  }

  private static Dqlite skipped(String why) {
    return new Dqlite(null, null, NAME + ": skipped (" + why + "; " + HINT + ")");
  }

  /** Connects once and runs {@code SELECT sqlite_version()}; returns the version. */
  static String selectOne(Vertx vertx, DqliteConnectOptions options, int seconds) throws Exception {
    Pool pool = DqliteBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(options).using(vertx).build();
    try {
      return await(pool.query("SELECT sqlite_version()").execute(), seconds).iterator().next().getString(0);
    } finally {
      await(pool.close(), 10);
    }
  }

  /**
   * A pool of {@code size} on the tables as first loaded: the first call creates and loads them from
   * {@link Dataset}'s rows, later calls delete the rows inserted since and put the balances back (reloading 100,000
   * rows through Raft each time would dominate the run). New {@code kv} ids then continue after the loaded ones,
   * as in a fresh copy.
   */
  Pool freshPool(Vertx vertx, int rows, int size) throws Exception {
    Pool pool = DqliteBuilder.pool().with(new PoolOptions().setMaxSize(size)).connectingTo(options).using(vertx).build();
    try {
      if (loaded != rows) {
        long t0 = System.nanoTime();
        load(pool, rows);
        loaded = rows;
        System.err.printf(Locale.ROOT, "%s: %,d rows loaded in %.1f s%n", NAME, rows, (System.nanoTime() - t0) / 1e9);
      } else {
        await(pool.withTransaction(c -> c.query("DELETE FROM kv WHERE id > " + rows).execute()
          .compose(r -> c.query("UPDATE account SET balance = " + Dataset.INITIAL_BALANCE).execute())), 120);
      }
      return pool;
    } catch (Exception e) {
      pool.close();
      throw e;
    }
  }

  /** Drops and creates the tables and loads {@link Dataset}'s rows: the same tables, columns, ids and values as SQLite's. */
  private static void load(Pool pool, int rows) throws Exception {
    await(pool.withConnection(c -> c.query("DROP TABLE IF EXISTS kv").execute()
      .compose(r -> c.query("DROP TABLE IF EXISTS account").execute())
      .compose(r -> c.query("CREATE TABLE kv (id INTEGER PRIMARY KEY, name TEXT, score REAL, payload BLOB)").execute())
      .compose(r -> c.query("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)").execute())), 120);
    SqlConnection c = await(pool.getConnection(), 60);
    try {
      List<Object> values = new ArrayList<>();
      int[] inTx = {0};
      Dataset.generate(rows, (id, name, score, payload) -> {
        if (inTx[0] == 0 && values.isEmpty()) {
          await(c.query("BEGIN").execute(), 60);
        }
        values.add(id);
        values.add(name);
        values.add(score);
        values.add(Buffer.buffer(payload));
        if (values.size() == 4 * LOAD_ROWS_PER_INSERT || id == rows) {
          insertRows(c, values);
          inTx[0] += values.size() / 4;
          values.clear();
          if (inTx[0] >= LOAD_ROWS_PER_TX || id == rows) {
            await(c.query("COMMIT").execute(), 120);
            inTx[0] = 0;
          }
        }
      });
      await(c.query("INSERT INTO account (id, balance) WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g "
        + "WHERE i < " + Dataset.ACCOUNTS + ") SELECT i, " + Dataset.INITIAL_BALANCE + " FROM g").execute(), 60);
    } finally {
      await(c.close(), 10);
    }
  }

  private static void insertRows(SqlConnection c, List<Object> values) throws Exception {
    StringBuilder sql = new StringBuilder("INSERT INTO kv (id, name, score, payload) VALUES ");
    for (int i = 0; i < values.size() / 4; i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
    }
    await(c.preparedQuery(sql.toString()).execute(Tuple.wrap(new ArrayList<>(values))), 60);
  }

  /** Stops the nodes started here and deletes their directories; nothing for a named cluster. Idempotent. */
  @Override
  public void close() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static <T> T await(Future<T> f, int seconds) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
  }

  static String reason(Exception e) {
    if (e instanceof TimeoutException) {
      return "no answer in time";
    }
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }
}
