package io.vertx.sqliteclient.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The printed table: one column per contender that ran, then this driver's ratio to each of the others; a
 * contender that has no figure for a row (a workload it does not run) shows "—" there, and so does its ratio.
 */
final class Report {

  /** A contender's column; {@code versus} heads the column of this driver's ratio to it (null for this driver). */
  record Column(String contender, String header, String versus) {
  }

  /** In print order; a new contender needs a column here (and a pool in Benchmark). */
  static final List<Column> COLUMNS = List.of(
    new Column(Benchmark.PLAIN, "sqlite-jdbc", "vs plain"),
    new Column(Benchmark.JDBC_POOL, "JDBCPool", "vs JDBCPool"),
    new Column(Benchmark.PG, "vertx-pg-client + PostgreSQL", "vs PostgreSQL"),
    new Column(Benchmark.DQLITE, "vertx-dqlite-client + dqlite (3 nodes)", "vs dqlite"),
    new Column(Benchmark.THIS, "vertx-sqlite", null));

  private static final String NONE = "—";

  private final Benchmark b;
  private final Benchmark.Scale scale;
  private final int poolSize;
  /** The columns of the contenders that ran: a skipped one (no PostgreSQL, no dqlite) leaves no empty column behind. */
  private final List<Column> columns = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();

  Report(Benchmark b, Benchmark.Scale scale, int poolSize) {
    this.b = b;
    this.scale = scale;
    this.poolSize = poolSize;
    for (Column c : COLUMNS) {
      if (b.runs.values().stream().anyMatch(byContender -> byContender.containsKey(c.contender()))) {
        columns.add(c);
      }
    }
  }

  String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%n%d rows, pools of %d, %d in flight, %d cores, Java %s, median of %d runs%n",
      scale.rows(), poolSize, Benchmark.IN_FLIGHT, Runtime.getRuntime().availableProcessors(),
      System.getProperty("java.version"), scale.repeats()));
    sb.append(b.postgresStatus).append('\n');
    sb.append(b.dqliteStatus).append("\n\n");
    throughput("point select, 64 in flight (plain: 2 threads), ops/s", "select64");
    latency("point select, 1 in flight, p50 µs", "select1", 50);
    latency("point select, 1 in flight, p99 µs", "select1", 99);
    cpu("CPU s per 1,000 point selects (64 in flight)", "select64");
    throughput("autocommit insert (plain: 1 thread), ops/s", "insert");
    latency("autocommit insert, 1 in flight (plain: 1 thread), p50 µs", "insert1", 50);
    latency("autocommit insert, 1 in flight (plain: 1 thread), p99 µs", "insert1", 99);
    throughput("transfer transaction, 2 UPDATEs (plain: 1 thread), ops/s", "transfer");
    latency("transfer, 1 in flight, p50 µs", "transfer1", 50);
    latency("transfer, 1 in flight, p99 µs", "transfer1", 99);
    cpu("CPU s per 1,000 transfers", "transfer");
    throughput("read-then-write transaction (plain: 1 thread), ops/s", "rmw");
    cpu("CPU s per 1,000 read-then-write transactions", "rmw");
    // engine transactions are this driver's only: the others' figures are their transactions of the same statements
    row("transfer as an engine transaction (others: as above), ops/s", "transfer", "etransfer", Measurement::opsPerSecond, "%,.0f");
    row("engine transfer, 1 in flight, p50 µs", "transfer1", "etransfer1", m -> m.percentileMicros(50), "%.1f");
    row("engine transfer, 1 in flight, p99 µs", "transfer1", "etransfer1", m -> m.percentileMicros(99), "%.1f");
    row("CPU s per 1,000 engine transfers", "transfer", "etransfer", Measurement::cpuSecondsPer1000, "%.4f");
    row("read-then-write as an engine transaction, ops/s", "rmw", "ermw", Measurement::opsPerSecond, "%,.0f");
    throughput("mixed 90 % select / 10 % update, ops/s", "mixed");
    latencyMillis("batch insert of " + scale.batchSize() + " rows, p50 ms", "batch");
    // the autocommit inserts ran before the scan
    latencyMillis("full scan of " + (scale.rows() + scale.inserts()) + " rows into memory, p50 ms", "scan");
    table(sb);

    if (has(Benchmark.PG)) {
      sb.append("\nCPU rows count the benchmark's JVM only: the PostgreSQL server's processes are not in vertx-pg-client's figures\n");
    }
    if (has(Benchmark.DQLITE)) {
      Benchmark.Scale d = scale.dqlite();
      sb.append(String.format(Locale.ROOT, "%nvertx-dqlite-client ran %,d / %,d point selects (64 / 1 in flight), %,d / %,d "
          + "inserts, %,d / %,d transfers and %,d read-then-writes per run (the others: %,d / %,d, %,d / %,d, %,d / %,d, %,d); "
          + "CPU rows count the benchmark's JVM only, not the three dqlite nodes%n", d.select64(), d.select1(),
        d.inserts(), d.inserts1(), d.transfers(), d.transfers1(), d.transfers(), scale.select64(), scale.select1(),
        scale.inserts(), scale.inserts1(), scale.transfers(), scale.transfers1(), scale.transfers()));
      Map<String, String> retried = b.retries(Benchmark.DQLITE);
      sb.append("vertx-dqlite-client attempts run again after SQLITE_BUSY (all runs; ").append(AsyncWorkloads.BUSY_PAUSE_MILLIS)
        .append(" ms pause, the whole transaction): ").append(retried.isEmpty() ? "none" : String.join(", ",
          retried.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).append('\n');
    }
    sb.append("\nfailed operations (all runs): ").append(String.join(", ", columns.stream()
      .map(c -> c.contender() + " " + b.failures(c.contender())).toList()));
    List<Column> async = columns.stream().filter(c -> !c.contender().equals(Benchmark.PLAIN)).toList();
    sb.append("\nmax event-loop lag over all runs, ms (1 ms timer on the calling event loop), with that run's longest GC pause and CPU stolen:\n");
    for (String w : b.results.keySet()) {
      sb.append(String.format(Locale.ROOT, "  %-10s", w));
      for (Column c : async) {
        sb.append(String.format(Locale.ROOT, "  %s %s", c.contender(), worstLag(w, c.contender())));
      }
      sb.append('\n');
    }
    sb.append("CPU stolen by the hypervisor during each reported run, % (")
      .append(String.join(" / ", columns.stream().map(Column::contender).toList()))
      .append("; compare ratios of quiet runs):\n");
    for (String w : b.results.keySet()) {
      sb.append(String.format(Locale.ROOT, "  %-10s %s%n", w,
        String.join(" / ", columns.stream().map(c -> steal(w, c.contender())).toList())));
    }
    sb.append(String.format(Locale.ROOT, "%,d-row RowStream under -Xmx64m (vertx-sqlite): %s%n", scale.streamRows(),
      b.streamOutcome));
    return sb.toString();
  }

  private boolean has(String contender) {
    return columns.stream().anyMatch(c -> c.contender().equals(contender));
  }

  private Measurement m(String workload, String contender) {
    return b.results.getOrDefault(workload, Map.of()).get(contender);
  }

  private void throughput(String label, String w) {
    row(label, w, Measurement::opsPerSecond, "%,.0f");
  }

  private void cpu(String label, String w) {
    row(label, w, Measurement::cpuSecondsPer1000, "%.4f");
  }

  private void latency(String label, String w, int percentile) {
    row(label, w, m -> m.percentileMicros(percentile), "%.1f");
  }

  private void latencyMillis(String label, String w) {
    row(label, w, m -> m.percentileMicros(50) / 1000, "%.2f");
  }

  private void row(String label, String w, ToDoubleFunction<Measurement> f, String fmt) {
    row(label, w, w, f, fmt);
  }

  /**
   * One row: each contender's figure, then this driver's figure divided by each other contender's; this driver's
   * is read from workload {@code ours}, the others' from {@code w}.
   */
  private void row(String label, String w, String ours, ToDoubleFunction<Measurement> f, String fmt) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    double[] v = new double[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      String contender = columns.get(i).contender();
      Measurement m = m(contender.equals(Benchmark.THIS) ? ours : w, contender);
      v[i] = m == null || m.failures == m.ops ? Double.NaN : f.applyAsDouble(m);
      String cell = m == null ? NONE : m.failures == m.ops ? "all failed" : String.format(Locale.ROOT, fmt, v[i]);
      if (m != null && m.failures > 0 && m.failures < m.ops) {
        cell += String.format(Locale.ROOT, " (%d%% failed)", Math.round(100.0 * m.failures / m.ops));
        v[i] = Double.NaN; // a figure made of failures is no comparison
      }
      cells.add(cell);
    }
    int oursAt = indexOf(Benchmark.THIS);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).versus() != null) {
        cells.add(oursAt < 0 ? NONE : ratio(v[oursAt], v[i]));
      }
    }
    rows.add(cells.toArray(new String[0]));
  }

  private int indexOf(String contender) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).contender().equals(contender)) {
        return i;
      }
    }
    return -1;
  }

  /** Ours divided by the other's, for throughput (higher is better) and for costs (time, CPU: lower is better). */
  private static String ratio(double ours, double other) {
    if (Double.isNaN(ours) || Double.isNaN(other) || other == 0) {
      return NONE;
    }
    return String.format(Locale.ROOT, "%.2fx", ours / other);
  }

  /** A Markdown table, padded so it also reads as plain text: labels to the left, figures to the right. */
  private void table(StringBuilder sb) {
    List<String> header = new ArrayList<>();
    header.add("workload");
    columns.forEach(c -> header.add(c.header()));
    columns.stream().filter(c -> c.versus() != null).forEach(c -> header.add(c.versus()));
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    line(sb, header.toArray(new String[0]), width);
    sb.append('|');
    for (int w : width) {
      sb.append("-".repeat(w + 2)).append('|');
    }
    sb.append('\n');
    rows.forEach(r -> line(sb, r, width));
  }

  private static void line(StringBuilder sb, String[] cells, int[] width) {
    sb.append('|');
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(width[i] - cells[i].length());
      sb.append(' ').append(i == 0 ? cells[i] + pad : pad + cells[i]).append(" |");
    }
    sb.append('\n');
  }

  /**
   * The worst lag of every measured run (a target on the maximum holds for all runs or not at all), with the
   * longest GC pause of that run and the CPU stolen from it (a stolen core stalls the event loop as a pause does).
   */
  private String worstLag(String workload, String contender) {
    return b.runs.getOrDefault(workload, Map.of()).getOrDefault(contender, List.of()).stream()
      .max(Comparator.comparingDouble(Measurement::maxLagMillis))
      .map(m -> String.format(Locale.ROOT, "%6.1f (GC %3d, steal %2.0f%%)", m.maxLagMillis(), m.longestGcPauseMillis,
        m.stealPercent))
      .orElse(String.format(Locale.ROOT, "%27s", NONE));
  }

  private String steal(String workload, String contender) {
    Measurement m = m(workload, contender);
    return m == null || Double.isNaN(m.stealPercent) ? NONE : String.format(Locale.ROOT, "%.0f", m.stealPercent);
  }
}
