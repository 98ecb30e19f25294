package io.vertx.sqliteclient.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** What one workload run measured: operations, wall time, process CPU time, latencies, failures, event-loop lag. */
final class Measurement {

  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  final long ops;
  final long wallNanos;
  final long cpuNanos;
  final long[] latencies;
  final long failures;
  final long maxLagNanos;
  /** The first failure's cause, or null: a failed operation must be explainable from the report alone. */
  final Throwable firstFailure;
  /** Attempts run again after SQLITE_BUSY (dqlite's concurrent writes, see AsyncWorkloads); not failures. */
  final long retries;
  /** The longest GC pause during the run: event-loop lag up to this is the collector's. */
  final long longestGcPauseMillis = GcPauses.longestMillis();
  /** The share of the machine's CPU the hypervisor took during the run, in percent (see CpuSteal). */
  final double stealPercent = CpuSteal.percentSinceReset();

  Measurement(long ops, long wallNanos, long cpuNanos, long[] latencies, long failures, long maxLagNanos) {
    this(ops, wallNanos, cpuNanos, latencies, failures, maxLagNanos, null);
  }

  Measurement(long ops, long wallNanos, long cpuNanos, long[] latencies, long failures, long maxLagNanos,
              Throwable firstFailure) {
    this(ops, wallNanos, cpuNanos, latencies, failures, maxLagNanos, firstFailure, 0);
  }

  Measurement(long ops, long wallNanos, long cpuNanos, long[] latencies, long failures, long maxLagNanos,
              Throwable firstFailure, long retries) {
    this.retries = retries;
    this.ops = ops;
    this.wallNanos = wallNanos;
    this.cpuNanos = cpuNanos;
    this.latencies = latencies;
    this.failures = failures;
    this.maxLagNanos = maxLagNanos;
    this.firstFailure = firstFailure;
    if (latencies != null) {
      Arrays.sort(latencies);
    }
  }

  /** Starts the run whose Measurement is built next: its GC pauses and CPU steal count from here. */
  static void runStarts() {
    GcPauses.reset();
    CpuSteal.reset();
  }

  static long cpuNow() {
    return OS.getProcessCpuTime();
  }

  double opsPerSecond() {
    return ops / (wallNanos / 1e9);
  }

  double percentileMicros(double p) {
    if (latencies == null || latencies.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(latencies.length - 1, Math.round(p / 100 * (latencies.length - 1)));
    return latencies[i] / 1e3;
  }

  /** CPU seconds spent by the whole process per 1,000 operations. */
  double cpuSecondsPer1000() {
    return cpuNanos / 1e9 / ops * 1000;
  }

  double maxLagMillis() {
    return maxLagNanos / 1e6;
  }
}
