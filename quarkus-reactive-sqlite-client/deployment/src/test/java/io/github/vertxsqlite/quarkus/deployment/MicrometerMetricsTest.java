package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With quarkus-micrometer and its Vert.x binder, a SQLite pool reports Quarkus's client meters ({@code sqlite.*},
 * tagged with the datasource's name) and pool meters ({@code sql.pool.*}) to the application's registry.
 */
class MicrometerMetricsTest {

  static final int ONE_SHOT_OK = 5;
  static final int ONE_SHOT_FAILING = 3;
  static final int CONNECTION_USES = 2; // each runs one query that succeeds and one that fails

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      // quarkus-micrometer alone has no registry to keep values in (its global registry is an empty composite):
      // an application brings one, from a registry extension or, as here, a bean
      .withApplicationRoot(jar -> jar.addClass(SimpleRegistryProducer.class))
      .overrideConfigKey("quarkus.datasource.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite:target/micrometer-metrics.db")
      .overrideConfigKey("quarkus.micrometer.binder.vertx.enabled", "true")
      .overrideConfigKey("quarkus.datasource.reactive.max-size", "2");

  @Singleton
  static class SimpleRegistryProducer {
    @Produces
    @Singleton
    MeterRegistry registry() {
      return new SimpleMeterRegistry();
    }
  }

  @Inject
  Pool pool;

  @Inject
  MeterRegistry registry;

  @Test
  void queriesAndPoolUsesAreCounted() {
    // one query first, then count exactly what the mix below adds
    join(pool.query("SELECT 1").execute());
    awaitNoConnectionInUse();
    double completedBefore = clientCounter("completed");
    double resetBefore = clientCounter("reset");
    double poolCompletedBefore = poolCounter("completed");
    long poolUsageBefore = poolTimer("usage").count();
    long queueDelayBefore = poolTimer("queue.delay").count();
    long processingBefore = clientTimer("processing").count();

    // a pool use is a connection held: each one-shot query is sent once the pipelined lane's lease of the one
    // before is back (back to back, they would share one lease)
    for (int i = 0; i < ONE_SHOT_OK; i++) {
      join(pool.preparedQuery("SELECT ?").execute(Tuple.of(i)));
      awaitNoConnectionInUse();
    }
    for (int i = 0; i < ONE_SHOT_FAILING; i++) {
      failing(pool.query("SELECT * FROM no_such_table").execute());
      awaitNoConnectionInUse();
    }
    for (int i = 0; i < CONNECTION_USES; i++) {
      join(pool.withConnection(conn -> conn.query("SELECT 2").execute()
          .compose(ok -> conn.query("SELECT syntax error here").execute()
              .transform(ar -> Future.succeededFuture(ar.failed())))));
    }

    int ok = ONE_SHOT_OK + CONNECTION_USES;
    int failed = ONE_SHOT_FAILING + CONNECTION_USES;
    int uses = ONE_SHOT_OK + ONE_SHOT_FAILING + CONNECTION_USES;
    String all = dump();
    assertEquals(ok, clientCounter("completed") - completedBefore, all);
    assertEquals(failed, clientCounter("reset") - resetBefore, all);
    assertEquals(ok + failed, clientTimer("processing").count() - processingBefore, all);
    assertEquals(uses, poolCounter("completed") - poolCompletedBefore, all);
    assertEquals(uses, poolTimer("usage").count() - poolUsageBefore, all);
    assertEquals(uses, poolTimer("queue.delay").count() - queueDelayBefore, all);
    assertEquals(0.0, poolGauge("active"), all);
    assertEquals(0.0, poolGauge("queue.size"), all);
  }

  private double clientCounter(String name) {
    Counter counter = registry.find("sqlite." + name).tag("clientName", "<default>").tag("clientType", "sql")
        .counter();
    assertNotNull(counter, () -> "no sqlite." + name + " in " + dump());
    return counter.count();
  }

  private Timer clientTimer(String name) {
    Timer timer = registry.find("sqlite." + name).tag("clientName", "<default>").tag("clientType", "sql").timer();
    assertNotNull(timer, () -> "no sqlite." + name + " in " + dump());
    return timer;
  }

  private void awaitNoConnectionInUse() {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (poolGauge("active") != 0.0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertEquals(0.0, poolGauge("active"), this::dump);
  }

  private double poolCounter(String name) {
    Counter counter = registry.find("sql.pool." + name).tag("pool.type", "sql").counter();
    assertNotNull(counter, () -> "no sql.pool." + name + " in " + dump());
    return counter.count();
  }

  private Timer poolTimer(String name) {
    Timer timer = registry.find("sql.pool." + name).tag("pool.type", "sql").timer();
    assertNotNull(timer, () -> "no sql.pool." + name + " in " + dump());
    return timer;
  }

  private double poolGauge(String name) {
    Gauge gauge = registry.find("sql.pool." + name).tag("pool.type", "sql").gauge();
    assertNotNull(gauge, () -> "no sql.pool." + name + " in " + dump());
    return gauge.value();
  }

  private String dump() {
    List<String> lines = new ArrayList<>();
    for (Meter meter : registry.getMeters()) {
      List<String> values = new ArrayList<>();
      meter.measure().forEach(m -> values.add(m.getStatistic() + "=" + m.getValue()));
      lines.add(meter.getId().getName() + meter.getId().getTags() + " " + values);
    }
    return lines.stream().sorted().collect(Collectors.joining("\n", "\n", "\n"));
  }

  private static <T> T join(Future<T> future) {
    return future.toCompletionStage().toCompletableFuture().join();
  }

  private static void failing(Future<?> future) {
    try {
      join(future);
    } catch (CompletionException expected) {
      assertTrue(expected.getCause().getMessage().contains("no such table"), expected.getCause()::toString);
      return;
    }
    throw new AssertionError("the query should have failed");
  }
}
