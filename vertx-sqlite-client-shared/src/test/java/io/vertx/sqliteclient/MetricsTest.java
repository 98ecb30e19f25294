package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With vertx-micrometer-metrics enabled, a pool reports Vert.x's standard SQL client metrics (vertx.sql.*, one
 * request per query, a reset per failed query) and pool metrics (vertx.pool.*, type sql, the pool's name) for
 * both of its lanes, as docs/metrics.md names them. The same test serves both Vert.x lines: the Micrometer
 * module's API used here is the same on 4.5 and 5.
 */
class MetricsTest {

  /** The names {@link #pool} gives. */
  private static final String POOL = "orders-pool";
  private static final String NAMESPACE = "orders";
  private static final Tags POOL_TAGS = Tags.of(Label.POOL_TYPE.toString(), "sql", Label.POOL_NAME.toString(), POOL);

  private MeterRegistry registry;
  private Vertx vertx;
  private String database;

  @BeforeEach
  void setUp() {
    MeterRegistry registry = new SimpleMeterRegistry();
    // the Micrometer module keeps one backend per registry name in the JVM: one per test
    String registryName = "sqlite-metrics-" + System.nanoTime();
    // tag::enable-metrics[]
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
      .setEnabled(true)
      .setRegistryName(registryName)
      // by default only pool_type is on (pool_name too on Vert.x 5): the SQL meters need all four
      .setLabels(EnumSet.of(Label.POOL_TYPE, Label.POOL_NAME, Label.REMOTE, Label.NAMESPACE));
    Vertx vertx = Vertx.builder()
      .with(new VertxOptions().setMetricsOptions(metrics))
      .withMetrics(new MicrometerMetricsFactory(registry))
      .build();
    // end::enable-metrics[]
    this.registry = registry;
    this.vertx = vertx;
    database = SqliteTestSupport.newDatabase();
  }

  @AfterEach
  void tearDown() {
    await(vertx.close());
  }

  private Pool pool(SqliteConnectOptions options, int maxSize) {
    // tag::named-pool[]
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(maxSize).setName("orders-pool")) // tag pool_name
      .connectingTo(options.setMetricsName("orders"))                      // tag client_namespace
      .using(vertx)
      .build();
    // end::named-pool[]
    return pool;
  }

  @Test
  void everyQueryOfBothLanesIsCountedOnceWithItsErrors() {
    Pool pool = pool(SqliteTestSupport.options(database), 4);
    // one-shot queries (the pipelined lane): 11, 2 of them failing
    await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)").execute());
    for (int i = 0; i < 5; i++) {
      await(pool.preparedQuery("INSERT INTO t (v) VALUES (?)").execute(Tuple.of("v" + i)));
    }
    for (int i = 0; i < 3; i++) {
      await(pool.query("SELECT * FROM t").execute());
    }
    awaitFailure(pool.query("SELECT * FROM missing").execute());
    awaitFailure(pool.preparedQuery("INSERT INTO t (id, v) VALUES (?, ?)").execute(Tuple.of(1, "taken")));
    // connections of the exclusive lane: 3 leases running 5 queries, 1 of them failing
    await(pool.withConnection(conn -> conn.query("SELECT count(*) FROM t").execute()
      .compose(rows -> conn.preparedQuery("SELECT v FROM t WHERE id = ?").execute(Tuple.of(1)))));
    await(pool.withTransaction(conn -> conn.preparedQuery("INSERT INTO t (v) VALUES (?)").execute(Tuple.of("a"))
      .compose(rows -> conn.preparedQuery("INSERT INTO t (v) VALUES (?)").execute(Tuple.of("b")))));
    awaitFailure(pool.withConnection(conn -> conn.query("SELEC broken").execute()));

    Tags client = Tags.of(Label.REMOTE.toString(), database, Label.NAMESPACE.toString(), NAMESPACE);
    eventually("vertx.sql.processing.time count", 16, () -> timerCount("vertx.sql.processing.time", client));
    eventually("vertx.sql.resets", 3, () -> counter("vertx.sql.resets", client));
    eventually("vertx.sql.processing.pending", 0, () -> gauge("vertx.sql.processing.pending", client));

    // a use of the pool is a lease (exclusive lane) or a one-shot query (pipelined lane): 3 + 11
    Tags poolTags = POOL_TAGS;
    eventually("vertx.pool.usage count", 14, () -> timerCount("vertx.pool.usage", poolTags));
    eventually("vertx.pool.completed", 14, () -> counter("vertx.pool.completed", poolTags));
    eventually("vertx.pool.queue.time count", 14, () -> timerCount("vertx.pool.queue.time", poolTags));
    eventually("vertx.pool.in.use", 0, () -> gauge("vertx.pool.in.use", poolTags));
    eventually("vertx.pool.queue.pending", 0, () -> gauge("vertx.pool.queue.pending", poolTags));
    await(pool.close());
  }

  @Test
  void oneShotQueriesWaitingForTheLaneShowAsQueuedAndRunningOnesAsInUse() {
    CountDownLatch release = new CountDownLatch(1);
    SqliteConnectOptions options = SqliteTestSupport.options(database)
      .setPipeliningLimit(2)
      // holds its engine thread until the test lets go, so what is running and what waits stays put
      .addFunction("hold", 0, false, args -> release.await(20, TimeUnit.SECONDS) ? 1 : 0);
    Pool pool = pool(options, 2); // a pipelined lane of 1 connection taking 2 queries at once
    Tags poolTags = POOL_TAGS;
    try {
      SqlConnection held = await(pool.getConnection());
      List<Future<?>> queries = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        queries.add(pool.query("SELECT hold()").execute());
      }
      // 1 lease and 2 running queries in use, 3 queries waiting for room on the lane
      eventually("vertx.pool.in.use", 3, () -> gauge("vertx.pool.in.use", poolTags));
      eventually("vertx.pool.queue.pending", 3, () -> gauge("vertx.pool.queue.pending", poolTags));
      release.countDown();
      queries.forEach(q -> await(q));
      await(held.close());
      eventually("vertx.pool.in.use", 0, () -> gauge("vertx.pool.in.use", poolTags));
      eventually("vertx.pool.queue.pending", 0, () -> gauge("vertx.pool.queue.pending", poolTags));
      eventually("vertx.pool.usage count", 6, () -> timerCount("vertx.pool.usage", poolTags));
      eventually("vertx.pool.queue.time count", 6, () -> timerCount("vertx.pool.queue.time", poolTags));
    } finally {
      release.countDown();
      await(pool.close());
    }
  }

  @Test
  void queriesStillWaitingWhenThePoolClosesLeaveTheQueue() {
    CountDownLatch release = new CountDownLatch(1);
    SqliteConnectOptions options = SqliteTestSupport.options(database)
      .setPipeliningLimit(2)
      .addFunction("hold", 0, false, args -> release.await(20, TimeUnit.SECONDS) ? 1 : 0);
    Pool pool = pool(options, 2);
    Tags poolTags = POOL_TAGS;
    List<Future<?>> queries = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        queries.add(pool.query("SELECT hold()").execute());
      }
      eventually("vertx.pool.queue.pending", 3, () -> gauge("vertx.pool.queue.pending", poolTags));
    } finally {
      Future<Void> closed = pool.close();
      release.countDown();
      await(closed);
    }
    queries.forEach(q -> q.toCompletionStage().toCompletableFuture().exceptionally(err -> null).join());
    eventually("vertx.pool.queue.pending", 0, () -> gauge("vertx.pool.queue.pending", poolTags));
    eventually("vertx.pool.in.use", 0, () -> gauge("vertx.pool.in.use", poolTags));
  }

  private double timerCount(String name, Tags tags) {
    return ((io.micrometer.core.instrument.Timer) meter(name, tags)).count();
  }

  private double counter(String name, Tags tags) {
    return ((io.micrometer.core.instrument.Counter) meter(name, tags)).count();
  }

  private double gauge(String name, Tags tags) {
    return ((io.micrometer.core.instrument.Gauge) meter(name, tags)).value();
  }

  private Meter meter(String name, Tags tags) {
    Meter meter = registry.find(name).tags(tags).meter();
    if (meter == null) {
      throw new AssertionError("No meter " + name + " " + tags + "; the registry has: " + registry.getMeters().stream()
        .map(m -> m.getId().getName() + m.getId().getTags()).sorted().collect(Collectors.joining(", ")));
    }
    return meter;
  }

  /** Metrics are recorded as each outcome is handed back: allow a moment for the last ones. */
  private static void eventually(String what, double expected, DoubleSupplier actual) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    double value = actual.getAsDouble();
    while (value != expected && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      value = actual.getAsDouble();
    }
    assertEquals(expected, value, what);
  }
}
