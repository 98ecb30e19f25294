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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Runs the same workloads against plain sqlite-jdbc (blocking), vertx-jdbc-client's JDBCPool over
 * sqlite-jdbc's DataSource, and this driver, in one JVM, and prints throughput, latency, CPU per operation and
 * the ratios. {@code --smoke} runs tiny counts (the build's check that it still works); {@code --pool=N} sets
 * both pools' size (default 4). See docs/performance.md.
 */
public final class Benchmark {

  /** Operation counts per workload; {@code repeats} measured runs per contender, of which the median counts. */
  record Scale(int rows, int select64, int select1, int inserts, int transfers, int mixed, int batches, int batchSize,
               int scans, int streamRows, int repeats) {
    Scale warmup() {
      return new Scale(rows, select64 / 10, select1 / 10, inserts / 10, transfers / 10, mixed / 10, Math.max(3, batches / 4),
        batchSize, 3, 0, 1);
    }
  }

  static final Scale FULL = new Scale(100_000, 200_000, 20_000, 20_000, 10_000, 100_000, 200, 1_000, 5, 1_000_000, 3);
  static final Scale SMOKE = new Scale(2_000, 2_000, 200, 200, 100, 1_000, 2, 100, 2, 20_000, 1);
  static final int IN_FLIGHT = 64;

  /** workload → contender → measurement */
  final Map<String, Map<String, Measurement>> results = new LinkedHashMap<>();
  /** workload → contender → every measured run */
  private final Map<String, Map<String, List<Measurement>>> runs = new LinkedHashMap<>();
  String streamOutcome = "not run";

  static final String PLAIN = "sqlite-jdbc";
  static final String JDBC_POOL = "JDBCPool";
  static final String THIS = "vertx-sqlite";

  public static void main(String[] args) throws Exception {
    Scale scale = List.of(args).contains("--smoke") ? SMOKE : FULL;
    int poolSize = 4;
    for (String a : args) {
      if (a.startsWith("--pool=")) {
        poolSize = Integer.parseInt(a.substring("--pool=".length()));
      }
    }
    Benchmark b = run(scale, poolSize, Path.of("target", "bench"));
    System.out.println(b.report(scale, poolSize));
    System.exit(0);
  }

  /**
   * Warms every contender up once, then measures them in turns, {@code repeats} times over, each time on a fresh
   * copy of the data: noise on these shared machines comes and goes, and taking turns spreads it over all three.
   */
  static Benchmark run(Scale scale, int poolSize, Path dir) throws Exception {
    Benchmark b = new Benchmark();
    Path base = Dataset.create(dir, "base.db", scale.rows());
    Vertx vertx = Vertx.vertx();
    try {
      b.runPlain(Dataset.copy(base, "plain.db"), scale.warmup(), false);
      for (String contender : List.of(JDBC_POOL, THIS)) {
        b.runAsync(vertx, contender, Dataset.copy(base, contender + ".db"), poolSize, scale.warmup(), false);
      }
      for (int repeat = 0; repeat < scale.repeats(); repeat++) {
        b.runPlain(Dataset.copy(base, "plain.db"), scale, true);
        for (String contender : List.of(JDBC_POOL, THIS)) {
          b.runAsync(vertx, contender, Dataset.copy(base, contender + ".db"), poolSize, scale, true);
        }
      }
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    }
    b.keepMedians();
    if (scale.streamRows() > 0) {
      b.streamOutcome = streamInSmallHeap(dir.resolve("stream.db"), scale.streamRows());
    }
    return b;
  }

  private static Pool pool(Vertx vertx, String contender, Path file, int size) {
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
    m.put("rmw", jdbc.readThenWrite(s.transfers()));
    m.put("scan", jdbc.fullScan(s.scans()));
    m.put("batch", jdbc.batchInsert(s.batches(), s.batchSize())); // last: its rows would lengthen the scan
    if (record) {
      m.forEach((workload, measurement) -> record(workload, PLAIN, measurement));
    }
  }

  private void runAsync(Vertx vertx, String contender, Path file, int poolSize, Scale s, boolean record) throws Exception {
    Pool pool = pool(vertx, contender, file, poolSize);
    try {
      runAsync(contender, new AsyncWorkloads(vertx, pool, s.rows()), s, record);
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
    m.put("rmw", w.readThenWrite(IN_FLIGHT, s.transfers()));
    m.put("mixed", w.mixed(IN_FLIGHT, s.mixed()));
    m.put("scan", w.fullScan(s.scans()));
    m.put("batch", w.batchInsert(s.batches(), s.batchSize())); // last: its rows would lengthen the scan
    if (record) {
      m.forEach((workload, measurement) -> record(workload, contender, measurement));
    }
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

  // ---- report ----

  private Measurement m(String workload, String contender) {
    return results.getOrDefault(workload, Map.of()).get(contender);
  }

  String report(Scale scale, int poolSize) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%n%d rows, pools of %d, %d in flight, %d cores, Java %s, median of %d runs%n%n",
      scale.rows(), poolSize, IN_FLIGHT, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
      scale.repeats()));
    sb.append(String.format(Locale.ROOT, "| %-52s | %12s | %18s | %12s | %9s | %11s |%n", "workload", PLAIN, JDBC_POOL, THIS, "vs plain", "vs JDBCPool"));
    sb.append("|").append("-".repeat(54)).append("|").append("-".repeat(14)).append("|").append("-".repeat(20)).append("|")
      .append("-".repeat(14)).append("|").append("-".repeat(11)).append("|").append("-".repeat(13)).append("|\n");
    throughput(sb, "point select, 64 in flight (plain: 2 threads), ops/s", "select64");
    latency(sb, "point select, 1 in flight, p50 µs", "select1", 50);
    latency(sb, "point select, 1 in flight, p99 µs", "select1", 99);
    cpu(sb, "CPU s per 1,000 point selects (64 in flight)", "select64");
    throughput(sb, "autocommit insert (plain: 1 thread), ops/s", "insert");
    throughput(sb, "transfer transaction, 2 UPDATEs (plain: 1 thread), ops/s", "transfer");
    cpu(sb, "CPU s per 1,000 transfers", "transfer");
    throughput(sb, "read-then-write transaction (plain: 1 thread), ops/s", "rmw");
    cpu(sb, "CPU s per 1,000 read-then-write transactions", "rmw");
    throughput(sb, "mixed 90 % select / 10 % update, ops/s", "mixed");
    latency(sb, "batch insert of " + scale.batchSize() + " rows, p50 ms", "batch", -50);
    // the autocommit inserts ran before the scan
    latency(sb, "full scan of " + (scale.rows() + scale.inserts()) + " rows into memory, p50 ms", "scan", -50);
    sb.append(String.format(Locale.ROOT, "%nfailed operations (all runs): JDBCPool %d, vertx-sqlite %d%n", failures(JDBC_POOL), failures(THIS)));
    sb.append("max event-loop lag over all runs, ms (1 ms timer on the calling event loop), with that run's longest GC pause and CPU stolen:\n");
    for (String w : results.keySet()) {
      if (m(w, THIS) != null) {
        sb.append(String.format(Locale.ROOT, "  %-10s JDBCPool %s   vertx-sqlite %s%n", w, worstLag(w, JDBC_POOL),
          worstLag(w, THIS)));
      }
    }
    sb.append("CPU stolen by the hypervisor during each reported run, % (plain / JDBCPool / vertx-sqlite; compare ratios of quiet runs):\n");
    for (String w : results.keySet()) {
      sb.append(String.format(Locale.ROOT, "  %-10s %s / %s / %s%n", w, steal(w, PLAIN), steal(w, JDBC_POOL), steal(w, THIS)));
    }
    sb.append(String.format(Locale.ROOT, "%,d-row RowStream under -Xmx64m (vertx-sqlite): %s%n", scale.streamRows(), streamOutcome));
    return sb.toString();
  }

  /** Failed operations of {@code contender} in every measured run, not only the reported ones. */
  long failures(String contender) {
    return runs.values().stream().map(r -> r.getOrDefault(contender, List.of())).flatMap(List::stream)
      .mapToLong(x -> x.failures).sum();
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

  /**
   * The worst lag of every measured run (a target on the maximum holds for all runs or not at all), with the
   * longest GC pause of that run and the CPU stolen from it (a stolen core stalls the event loop as a pause does).
   */
  private String worstLag(String workload, String contender) {
    return runs.getOrDefault(workload, Map.of()).getOrDefault(contender, List.of()).stream()
      .max(java.util.Comparator.comparingDouble(Measurement::maxLagMillis))
      .map(m -> String.format(Locale.ROOT, "%6.1f (GC %3d, steal %2.0f%%)", m.maxLagMillis(), m.longestGcPauseMillis, m.stealPercent))
      .orElse(String.format(Locale.ROOT, "%27s", "—"));
  }

  private String steal(String workload, String contender) {
    Measurement m = m(workload, contender);
    return m == null || Double.isNaN(m.stealPercent) ? "—" : String.format(Locale.ROOT, "%.0f", m.stealPercent);
  }

  private void throughput(StringBuilder sb, String label, String w) {
    row(sb, label, w, Measurement::opsPerSecond, "%,.0f", true);
  }

  private void cpu(StringBuilder sb, String label, String w) {
    row(sb, label, w, Measurement::cpuSecondsPer1000, "%.4f", false);
  }

  /** A latency row; a negative percentile means milliseconds. */
  private void latency(StringBuilder sb, String label, String w, int percentile) {
    if (percentile < 0) {
      row(sb, label, w, m -> m.percentileMicros(-percentile) / 1000, "%.2f", false);
    } else {
      row(sb, label, w, m -> m.percentileMicros(percentile), "%.1f", false);
    }
  }

  private void row(StringBuilder sb, String label, String w, java.util.function.ToDoubleFunction<Measurement> f, String fmt, boolean higherIsBetter) {
    List<String> cells = new ArrayList<>();
    double[] v = new double[3];
    String[] contenders = {PLAIN, JDBC_POOL, THIS};
    for (int i = 0; i < 3; i++) {
      Measurement m = m(w, contenders[i]);
      v[i] = m == null || m.failures == m.ops ? Double.NaN : f.applyAsDouble(m);
      String cell = m == null ? "—" : m.failures == m.ops ? "all failed" : String.format(Locale.ROOT, fmt, v[i]);
      if (m != null && m.failures > 0 && m.failures < m.ops) {
        cell += String.format(Locale.ROOT, " (%d%% failed)", Math.round(100.0 * m.failures / m.ops));
        v[i] = Double.NaN; // a figure made of failures is no comparison
      }
      cells.add(cell);
    }
    String vsPlain = ratio(v[2], v[0], higherIsBetter);
    String vsPool = ratio(v[2], v[1], higherIsBetter);
    sb.append(String.format(Locale.ROOT, "| %-52s | %12s | %18s | %12s | %9s | %11s |%n", label, cells.get(0), cells.get(1), cells.get(2), vsPlain, vsPool));
  }

  /** Ours relative to the other: for throughput ours/other, for costs (time, CPU) ours/other as well (lower is better). */
  private static String ratio(double ours, double other, boolean higherIsBetter) {
    if (Double.isNaN(ours) || Double.isNaN(other) || other == 0) {
      return "—";
    }
    return String.format(Locale.ROOT, "%.2fx", ours / other);
  }
}
