package io.vertx.sqliteclient.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Runs the same workloads against plain sqlite-jdbc (blocking), vertx-jdbc-client's JDBCPool over sqlite-jdbc's
 * DataSource, vertx-pg-client on PostgreSQL (when one is configured, see {@link Postgres}), vertx-dqlite-client on a
 * three-node dqlite cluster (named, or started here, see {@link Dqlite}) and this driver, in one JVM, and prints
 * throughput, latency, CPU per operation and the ratios ({@link Report}). {@code --smoke} runs tiny counts (the
 * build's check that it still works); {@code --pool=N} sets every pool's size (default 4); {@code --pg=URI} names the
 * PostgreSQL (default: the environment variable {@value Postgres#ENV}); {@code --dqlite=URI} names the dqlite cluster
 * (default: the environment variable {@value Dqlite#ENV}, else {@value Dqlite#DEMO} nodes started here when it is
 * on the PATH). See docs/performance.md.
 */
public final class Benchmark {

  /** Operation counts per workload; {@code repeats} measured runs per contender, of which the median counts. */
  record Scale(int rows, int select64, int select1, int inserts, int inserts1, int transfers, int transfers1, int mixed,
               int batches, int batchSize, int scans, int streamRows, int repeats) {
    Scale warmup() {
      return new Scale(rows, select64 / 10, select1 / 10, inserts / 10, inserts1 / 10, transfers / 10, transfers1 / 10,
        mixed / 10, Math.max(3, batches / 4), batchSize, 3, 0, 1);
    }

    /**
     * The dqlite contender's counts: a read is a TCP round trip to the leader, a write a Raft commit on three nodes
     * sharing this machine's cores (1-4 ms here, 200-800 commits/s), so a tenth of the others' reads and a twentieth
     * to a fortieth of their writes keep its part of the run to seconds. It runs no mixed, batch or scan workload.
     */
    Scale dqlite() {
      return new Scale(rows, select64 / 10, select1 / 10, inserts / 40, inserts1 / 20, transfers / 20,
        transfers1 / 20, 0, 0, batchSize, 0, 0, repeats);
    }

    /**
     * dqlite's warm-up: its measured reads in full and half its writes, not a tenth as for the others: its codec and
     * the code only it runs must reach the JIT's last tier before the first measured run, and reads are cheap.
     */
    Scale dqliteWarmup() {
      Scale d = dqlite();
      return new Scale(rows, d.select64, d.select1, d.inserts / 2, d.inserts1 / 2, d.transfers / 2, d.transfers1 / 2,
        0, 0, batchSize, 0, 0, 1);
    }
  }

  static final Scale FULL = new Scale(100_000, 200_000, 20_000, 20_000, 5_000, 10_000, 5_000, 100_000, 200, 1_000, 5,
    1_000_000, 3);
  static final Scale SMOKE = new Scale(2_000, 2_000, 200, 200, 50, 100, 50, 1_000, 2, 100, 2, 20_000, 1);
  static final int IN_FLIGHT = 64;

  static final String PLAIN = "sqlite-jdbc";
  static final String JDBC_POOL = "JDBCPool";
  static final String PG = Postgres.NAME;
  static final String DQLITE = Dqlite.NAME;
  static final String THIS = "vertx-sqlite";

  /** workload → contender → measurement */
  final Map<String, Map<String, Measurement>> results = new LinkedHashMap<>();
  /** workload → contender → every measured run */
  final Map<String, Map<String, List<Measurement>>> runs = new LinkedHashMap<>();
  String streamOutcome = "not run";
  /** What the PostgreSQL contender ran against, or why it was skipped. */
  String postgresStatus = "not probed";
  /** What the dqlite contender ran against, or why it was skipped. */
  String dqliteStatus = "not probed";

  public static void main(String[] given) throws Exception {
    // exec:exec passes -Dbench.args as one argument: "--pool=8 --pg=URI" must still read as two
    String[] args = String.join(" ", given).trim().split("\\s+");
    Scale scale = List.of(args).contains("--smoke") ? SMOKE : FULL;
    int poolSize = 4;
    for (String a : args) {
      if (a.startsWith("--pool=")) {
        poolSize = Integer.parseInt(a.substring("--pool=".length()));
      }
    }
    Benchmark b = run(scale, poolSize, Path.of("target", "bench"), Postgres.uri(args), Dqlite.uri(args),
      Dqlite.demoOnPath());
    System.out.println(b.report(scale, poolSize));
    System.exit(0);
  }

  /**
   * Warms every contender up once, then measures them in turns, {@code repeats} times over, each time on a fresh
   * copy of the data: noise on these shared machines comes and goes, and taking turns spreads it over all of them.
   * {@code pgUri} may be null: the PostgreSQL contender is then skipped. {@code dqliteUri} names a dqlite cluster;
   * when null, {@code dqliteDemo} (may be null) starts one for the run; with neither, the dqlite contender is skipped.
   */
  static Benchmark run(Scale scale, int poolSize, Path dir, String pgUri, String dqliteUri, Path dqliteDemo)
    throws Exception {
    Benchmark b = new Benchmark();
    Path base = Dataset.create(dir, "base.db", scale.rows());
    Vertx vertx = Vertx.vertx();
    Dqlite dqlite = null;
    try {
      Postgres pg = Postgres.probe(vertx, pgUri);
      b.postgresStatus = pg.status;
      dqlite = Dqlite.start(vertx, dqliteUri, dqliteDemo);
      b.dqliteStatus = dqlite.status;
      List<String> async = new ArrayList<>(List.of(JDBC_POOL));
      if (pg.available()) {
        async.add(PG);
      }
      if (dqlite.available()) {
        async.add(DQLITE);
      }
      async.add(THIS);
      for (int repeat = -1; repeat < scale.repeats(); repeat++) {
        boolean measured = repeat >= 0; // the first round warms up
        Scale s = measured ? scale : scale.warmup();
        b.runPlain(Dataset.copy(base, "plain.db"), s, measured);
        for (String contender : async) {
          Scale cs = !contender.equals(DQLITE) ? s : measured ? scale.dqlite() : scale.dqliteWarmup();
          b.runAsync(vertx, contender, freshPool(vertx, contender, base, scale.rows(), pg, dqlite, poolSize), cs,
            measured);
        }
      }
    } finally {
      try {
        vertx.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
      } finally {
        if (dqlite != null) {
          dqlite.close(); // stops the nodes started here (a shutdown hook does it too, should the JVM end first)
        }
      }
    }
    b.keepMedians();
    if (scale.streamRows() > 0) {
      b.streamOutcome = streamInSmallHeap(dir.resolve("stream.db"), scale.streamRows());
    }
    return b;
  }

  /** A pool of {@code contender} on its own fresh copy of the data. */
  private static Pool freshPool(Vertx vertx, String contender, Path base, int rows, Postgres pg, Dqlite dqlite,
                                int size) throws Exception {
    if (contender.equals(PG)) {
      return pg.freshPool(vertx, rows, size);
    }
    if (contender.equals(DQLITE)) {
      return dqlite.freshPool(vertx, rows, size);
    }
    Path file = Dataset.copy(base, contender + ".db");
    PoolOptions poolOptions = new PoolOptions().setMaxSize(size);
    if (contender.equals(JDBC_POOL)) {
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.setBusyTimeout(5000);
      SQLiteDataSource ds = new SQLiteDataSource(config);
      ds.setUrl(Dataset.URL_PREFIX + file);
      return JDBCPool.pool(vertx, ds, poolOptions);
    }
    return SqliteBuilder.pool().with(poolOptions)
      .connectingTo(new SqliteConnectOptions().setDatabase(file.toString())).using(vertx).build();
  }

  private void record(String workload, String contender, Measurement m) {
    runs.computeIfAbsent(workload, k -> new LinkedHashMap<>()).computeIfAbsent(contender, k -> new ArrayList<>()).add(m);
  }

  /** Per workload and contender, the run with the median time per operation is the one reported. */
  private void keepMedians() {
    runs.forEach((workload, byContender) -> byContender.forEach((contender, measured) -> {
      List<Measurement> sorted = new ArrayList<>(measured);
      sorted.sort(java.util.Comparator.comparingDouble(m -> (double) m.wallNanos / m.ops));
      results.computeIfAbsent(workload, k -> new LinkedHashMap<>()).put(contender, sorted.get(sorted.size() / 2));
    }));
  }

  private void runPlain(Path file, Scale s, boolean record) throws Exception {
    BlockingJdbc jdbc = new BlockingJdbc(file);
    Map<String, Measurement> m = new LinkedHashMap<>();
    m.put("select64", jdbc.pointSelect(2, s.select64() / 2, s.rows()));
    m.put("select1", jdbc.pointSelect(1, s.select1(), s.rows()));
    m.put("insert", jdbc.insert(s.inserts()));
    m.put("transfer", jdbc.transfer(s.transfers()));
    m.put("transfer1", jdbc.transfer(s.transfers1())); // one thread: transfers one after another
    m.put("rmw", jdbc.readThenWrite(s.transfers()));
    m.put("scan", jdbc.fullScan(s.scans()));
    m.put("insert1", jdbc.insert(s.inserts1())); // after the scan, whose row count it would change
    m.put("batch", jdbc.batchInsert(s.batches(), s.batchSize())); // last: its rows would lengthen the scan
    if (record) {
      m.forEach((workload, measurement) -> record(workload, PLAIN, measurement));
    }
  }

  private void runAsync(Vertx vertx, String contender, Pool pool, Scale s, boolean record) throws Exception {
    try {
      // the drivers differ in placeholder syntax only
      UnaryOperator<String> placeholders = contender.equals(PG) ? Sql::numbered : UnaryOperator.identity();
      // dqlite: a transaction that fails with SQLITE_BUSY after the driver's own waits runs again, counted
      runAsync(contender, new AsyncWorkloads(vertx, pool, s.rows(), placeholders, contender.equals(DQLITE)), s, record);
    } finally {
      // completes once every connection has let go of the file, which the next run replaces
      pool.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    }
  }

  private void runAsync(String contender, AsyncWorkloads w, Scale s, boolean record) throws Exception {
    Map<String, Measurement> m = new LinkedHashMap<>();
    m.put("select64", w.pointSelect(IN_FLIGHT, s.select64()));
    m.put("select1", w.pointSelect(1, s.select1()));
    m.put("insert", w.insert(IN_FLIGHT, s.inserts()));
    m.put("transfer", w.transfer(IN_FLIGHT, s.transfers()));
    m.put("transfer1", w.transfer(1, s.transfers1()));
    m.put("rmw", w.readThenWrite(IN_FLIGHT, s.transfers()));
    if (contender.equals(THIS)) {
      m.put("etransfer", w.engineTransfer(IN_FLIGHT, s.transfers()));
      m.put("etransfer1", w.engineTransfer(1, s.transfers1()));
      m.put("ermw", w.engineReadThenWrite(IN_FLIGHT, s.transfers()));
    }
    if (!contender.equals(DQLITE)) { // dqlite: point selects, inserts and transactions only (see Scale.dqlite)
      m.put("mixed", w.mixed(IN_FLIGHT, s.mixed()));
      m.put("scan", w.fullScan(s.scans()));
    }
    m.put("insert1", w.insert(1, s.inserts1())); // after the scan, whose row count it would change
    if (!contender.equals(DQLITE)) {
      m.put("batch", w.batchInsert(s.batches(), s.batchSize())); // last: its rows would lengthen the scan
    }
    if (record) {
      m.forEach((workload, measurement) -> record(workload, contender, measurement));
    }
  }

  String report(Scale scale, int poolSize) {
    return new Report(this, scale, poolSize).render();
  }

  /** Streams {@code rows} rows in a child JVM limited to 64 MB of heap. */
  private static String streamInSmallHeap(Path file, int rows) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
      StreamMemoryCheck.class.getName(), file.toString(), String.valueOf(rows)).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("rows=") || line.contains("Error") || line.contains("Exception")) {
          out.append(line).append(' ');
        }
      }
    }
    int exit = p.waitFor();
    return (exit == 0 ? "completed: " : "FAILED (exit " + exit + "): ") + out.toString().trim();
  }

  /** Failed operations of {@code contender} in every measured run, not only the reported ones. */
  long failures(String contender) {
    return runs.values().stream().map(r -> r.getOrDefault(contender, List.of())).flatMap(List::stream)
      .mapToLong(x -> x.failures).sum();
  }

  /** Attempts of {@code contender} run again after SQLITE_BUSY in every measured run, per workload (those with any). */
  Map<String, String> retries(String contender) {
    Map<String, String> out = new LinkedHashMap<>();
    runs.forEach((workload, byContender) -> {
      List<Measurement> ms = byContender.getOrDefault(contender, List.of());
      long retried = ms.stream().mapToLong(x -> x.retries).sum();
      long ops = ms.stream().mapToLong(x -> x.ops).sum();
      if (retried > 0) {
        out.put(workload, String.format(Locale.ROOT, "%,d for %,d operations", retried, ops));
      }
    });
    return out;
  }

  /** Which workloads of {@code contender} failed, how often and why (the first cause), for test messages. */
  String failureSummary(String contender) {
    StringBuilder sb = new StringBuilder();
    runs.forEach((workload, byContender) -> byContender.getOrDefault(contender, List.of()).forEach(m -> {
      if (m.failures > 0) {
        sb.append(String.format(Locale.ROOT, "%s: %d of %d failed, first: %s%n", workload, m.failures, m.ops, m.firstFailure));
      }
    }));
    return sb.toString();
  }
}
