package io.vertx.sqliteclient.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The share of CPU time the hypervisor gave to other guests since the last {@link #reset} (the {@code steal}
 * column of Linux's {@code /proc/stat}). On this project's shared 2-core machines it is 0 % idle, 16–17 % with
 * two busy threads, and reached 35–50 % for minutes under the driver's transfers, which then ran at a quarter of
 * their speed: a ratio between a quiet run and a stolen one says nothing about the driver, so every run records it.
 */
final class CpuSteal {

  private static final Path STAT = Path.of("/proc/stat");
  /** Reset and read on the thread driving a run, which may differ between runs. */
  private static volatile long[] start = read();

  private CpuSteal() {
  }

  static void reset() {
    start = read();
  }

  /** Percent of all CPU time stolen since {@link #reset}, or NaN where {@code /proc/stat} cannot be read. */
  static double percentSinceReset() {
    long[] now = read();
    if (start == null || now == null || now[0] == start[0]) {
      return Double.NaN;
    }
    return 100.0 * (now[1] - start[1]) / (now[0] - start[0]);
  }

  /** {total, steal} jiffies over all CPUs, or null. */
  private static long[] read() {
    try {
      List<String> lines = Files.readAllLines(STAT);
      // cpu user nice system idle iowait irq softirq steal …
      String[] f = lines.get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i <= 8; i++) {
        total += Long.parseLong(f[i]);
      }
      return new long[] {total, Long.parseLong(f[8])};
    } catch (Exception notLinux) {
      return null;
    }
  }
}
