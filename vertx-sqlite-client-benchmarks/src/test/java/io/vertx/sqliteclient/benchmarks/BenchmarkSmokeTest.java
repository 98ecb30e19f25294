package io.vertx.sqliteclient.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs every workload with tiny counts so the benchmark cannot rot; it asserts completeness, not speed. */
class BenchmarkSmokeTest {

  @Test
  void everyWorkloadRunsForEveryContender() throws Exception {
    // with VERTX_SQLITE_PG_URI set (.ci/run sets it), vertx-pg-client on PostgreSQL runs too; without, it is skipped;
    // vertx-dqlite-client runs on the cluster VERTX_SQLITE_DQLITE_URI names, else on dqlite-demo nodes started for
    // the run when go-dqlite is installed (.ci/run installs it), else it is skipped
    Benchmark b = Benchmark.run(Benchmark.SMOKE, 2, Path.of("target", "bench-smoke"), Postgres.uri(new String[0]),
      Dqlite.uri(new String[0]), Dqlite.demoOnPath());
    List<String> contenders = new ArrayList<>(List.of(Benchmark.PLAIN, Benchmark.JDBC_POOL, Benchmark.THIS));
    boolean pg = !b.postgresStatus.contains("skipped");
    if (pg) {
      contenders.add(Benchmark.PG);
    }
    for (String w : new String[] {"select64", "select1", "insert", "insert1", "transfer", "transfer1", "rmw", "batch", "scan"}) {
      for (String c : contenders) {
        assertTrue(b.results.get(w).containsKey(c), w + " / " + c);
      }
    }
    boolean dqlite = !b.dqliteStatus.contains("skipped");
    for (String w : new String[] {"select64", "select1", "insert", "insert1", "transfer", "transfer1", "rmw"}) {
      assertEquals(dqlite, b.results.get(w).containsKey(Benchmark.DQLITE), w + " / " + Benchmark.DQLITE);
    }
    for (String w : new String[] {"mixed", "batch", "scan"}) {
      assertFalse(b.results.get(w).containsKey(Benchmark.DQLITE), w + " / " + Benchmark.DQLITE);
    }
    assertTrue(b.results.get("mixed").containsKey(Benchmark.THIS));
    assertEquals(0, b.failures(Benchmark.THIS), () -> b.failureSummary(Benchmark.THIS));
    assertEquals(0, b.failures(Benchmark.PG), () -> b.failureSummary(Benchmark.PG));
    assertEquals(0, b.failures(Benchmark.DQLITE), () -> b.failureSummary(Benchmark.DQLITE));
    assertTrue(b.streamOutcome.startsWith("completed: rows=20000"), b.streamOutcome);
    String report = b.report(Benchmark.SMOKE, 2);
    assertTrue(report.contains("point select, 64 in flight"), report);
    assertTrue(report.contains("transfer, 1 in flight, p50 µs"), report);
    assertTrue(report.contains("transfer as an engine transaction"), report);
    for (String w : java.util.List.of("etransfer", "etransfer1", "ermw")) {
      assertTrue(b.results.get(w).containsKey(Benchmark.THIS), w);
    }
    assertTrue(report.contains("CPU stolen by the hypervisor"), report);
    assertTrue(report.contains("\nvertx-pg-client: "), report);
    assertEquals(pg, report.contains("vs PostgreSQL"), report);
    assertTrue(report.contains("\nvertx-dqlite-client: "), report);
    assertEquals(dqlite, report.contains("vs dqlite"), report);
    // plain sqlite-jdbc does not run the mixed workload: its cell and its ratio read "—"
    String mixed = report.lines().filter(l -> l.startsWith("| mixed")).findFirst().orElseThrow();
    assertEquals("—", mixed.split("\\|")[2].trim(), mixed);
  }

  @Test
  void postgresIsSkippedSayingWhy() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Postgres unset = Postgres.probe(vertx, null);
      assertFalse(unset.available());
      assertTrue(unset.status.startsWith("vertx-pg-client: skipped (VERTX_SQLITE_PG_URI not set"), unset.status);
      // port 1 on loopback: nothing listens there
      Postgres absent = Postgres.probe(vertx, "postgresql://vertx@127.0.0.1:1/postgres");
      assertFalse(absent.available());
      assertTrue(absent.status.startsWith("vertx-pg-client: skipped (no answer from 127.0.0.1:1/postgres"), absent.status);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    }
  }

  @Test
  void dqliteIsSkippedSayingWhy() throws Exception {
    Vertx vertx = Vertx.vertx();
    try (Dqlite unset = Dqlite.start(vertx, null, null)) {
      assertFalse(unset.available());
      assertTrue(unset.status.startsWith("vertx-dqlite-client: skipped (VERTX_SQLITE_DQLITE_URI not set and no "
        + "dqlite-demo on the PATH"), unset.status);
      // port 1 on loopback: nothing listens there
      try (Dqlite absent = Dqlite.start(vertx, "dqlite://127.0.0.1:1/bench", null)) {
        assertFalse(absent.available());
        assertTrue(absent.status.startsWith("vertx-dqlite-client: skipped (no answer from [127.0.0.1:1]/bench"),
          absent.status);
      }
      try (Dqlite unreadable = Dqlite.start(vertx, "postgresql://127.0.0.1:1/bench", null)) {
        assertFalse(unreadable.available());
        assertTrue(unreadable.status.startsWith("vertx-dqlite-client: skipped (cannot read VERTX_SQLITE_DQLITE_URI"),
          unreadable.status);
      }
      // a demo that exits at once (false(1) ignores the demo's flags): the cluster is stopped, its reason printed
      Path exits = Path.of("/bin/false");
      if (Files.isExecutable(exits)) {
        try (Dqlite broken = Dqlite.start(vertx, null, exits)) {
          assertFalse(broken.available());
          assertTrue(broken.status.startsWith("vertx-dqlite-client: skipped (cannot start dqlite-demo: node 1 exited"),
            broken.status);
        }
      }
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    }
  }

  @Test
  void postgresGetsNumberedPlaceholders() {
    assertEquals("UPDATE account SET balance = $1 WHERE id = $2", Sql.numbered(Sql.WRITE_BALANCE));
    assertEquals(Sql.SCAN, Sql.numbered(Sql.SCAN));
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
