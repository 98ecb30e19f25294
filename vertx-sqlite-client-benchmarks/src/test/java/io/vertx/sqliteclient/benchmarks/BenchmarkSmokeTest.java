package io.vertx.sqliteclient.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs every workload with tiny counts so the benchmark cannot rot; it asserts completeness, not speed. */
class BenchmarkSmokeTest {

  @Test
  void everyWorkloadRunsForEveryContender() throws Exception {
    Benchmark b = Benchmark.run(Benchmark.SMOKE, 2, Path.of("target", "bench-smoke"));
    for (String w : new String[] {"select64", "select1", "insert", "transfer", "batch", "scan"}) {
      for (String c : new String[] {Benchmark.PLAIN, Benchmark.JDBC_POOL, Benchmark.THIS}) {
        assertTrue(b.results.get(w).containsKey(c), w + " / " + c);
      }
    }
    assertTrue(b.results.get("mixed").containsKey(Benchmark.THIS));
    assertEquals(0, b.failures(Benchmark.THIS), () -> b.failureSummary(Benchmark.THIS));
    assertTrue(b.streamOutcome.startsWith("completed: rows=20000"), b.streamOutcome);
    String report = b.report(Benchmark.SMOKE, 2);
    assertTrue(report.contains("point select, 64 in flight"), report);
    assertTrue(report.contains("CPU stolen by the hypervisor"), report);
  }

  @Test
  void cpuStealIsAShareOfTheMachinesTime() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/stat")), "Linux only");
    CpuSteal.reset();
    long until = System.nanoTime() + 50_000_000;
    while (System.nanoTime() < until) {
      Thread.onSpinWait(); // let the kernel's tick count some CPU time
    }
    double steal = CpuSteal.percentSinceReset();
    assertTrue(steal >= 0 && steal <= 100, "steal " + steal);
  }
}
