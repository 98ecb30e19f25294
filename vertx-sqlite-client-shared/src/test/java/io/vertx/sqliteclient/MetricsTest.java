package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.CountDownLatch;
import java.util.List;
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
  void everyQueryIsCountedOnceWithItsErrorsAndEveryLeaseOfAConnectionIsAUse() {
    Pool pool = pool(SqliteTestSupport.options(database), 4);
    // one-shot queries (the pipelined lane): 11, 2 of them failing, each sent once the lane's lease of the one
    // before is back in the pool (back to back, they would share a lease)
    Runnable leaseBack = () -> eventually("vertx.pool.in.use", 0, () -> gauge("vertx.pool.in.use", POOL_TAGS));
    await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)").execute());
    leaseBack.run();
    for (int i = 0; i < 5; i++) {
      await(pool.preparedQuery("INSERT INTO t (v) VALUES (?)").execute(Tuple.of("v" + i)));
      leaseBack.run();
    }
    for (int i = 0; i < 3; i++) {
      await(pool.query("SELECT * FROM t").execute());
      leaseBack.run();
    }
    awaitFailure(pool.query("SELECT * FROM missing").execute());
    leaseBack.run();
    awaitFailure(pool.preparedQuery("INSERT INTO t (id, v) VALUES (?, ?)").execute(Tuple.of(1, "taken")));
    leaseBack.run();
    // connections handed out: 3, running 5 queries, 1 of them failing
    await(pool.withConnection(conn -> conn.query("SELECT count(*) FROM t").execute()
      .compose(rows -> conn.preparedQuery("SELECT v FROM t WHERE id = ?").execute(Tuple.of(1)))));
    await(pool.withTransaction(conn -> conn.preparedQuery("INSERT INTO t (v) VALUES (?)").execute(Tuple.of("a"))
      .compose(rows -> conn.preparedQuery("INSERT INTO t (v) VALUES (?)").execute(Tuple.of("b")))));
    awaitFailure(pool.withConnection(conn -> conn.query("SELEC broken").execute()));

    Tags client = Tags.of(Label.REMOTE.toString(), database, Label.NAMESPACE.toString(), NAMESPACE);
    eventually("vertx.sql.processing.time count", 16, () -> timerCount("vertx.sql.processing.time", client));
    eventually("vertx.sql.resets", 3, () -> counter("vertx.sql.resets", client));
    eventually("vertx.sql.processing.pending", 0, () -> gauge("vertx.sql.processing.pending", client));

    // a use of the pool is a connection held: 3 handed out and 11 leases of the lane
    Tags poolTags = POOL_TAGS;
    eventually("vertx.pool.usage count", 14, () -> timerCount("vertx.pool.usage", poolTags));
    eventually("vertx.pool.completed", 14, () -> counter("vertx.pool.completed", poolTags));
    eventually("vertx.pool.queue.time count", 14, () -> timerCount("vertx.pool.queue.time", poolTags));
    eventually("vertx.pool.in.use", 0, () -> gauge("vertx.pool.in.use", poolTags));
    eventually("vertx.pool.queue.pending", 0, () -> gauge("vertx.pool.queue.pending", poolTags));
    await(pool.close());
  }

  @Test
  void aLeaseOfTheLaneIsAUseOfThePoolAndWaitsInItsQueue() {
    Pool pool = pool(SqliteTestSupport.options(database).setPipeliningLimit(2), 2);
    Tags poolTags = POOL_TAGS;
    SqlConnection first = await(pool.getConnection());
    SqlConnection second = await(pool.getConnection());
    eventually("vertx.pool.in.use", 2, () -> gauge("vertx.pool.in.use", poolTags));
    // every connection is handed out: the lane's lease waits in the pool's queue, whatever queries it will carry
    List<Future<?>> queries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      queries.add(pool.query("SELECT 1").execute());
    }
    eventually("vertx.pool.queue.pending", 1, () -> gauge("vertx.pool.queue.pending", poolTags));
    eventually("vertx.pool.ratio", 1, () -> gauge("vertx.pool.ratio", poolTags));
    await(first.close());
    queries.forEach(q -> await(q));
    // the lease went back once its queries were done
    eventually("vertx.pool.in.use", 1, () -> gauge("vertx.pool.in.use", poolTags));
    eventually("vertx.pool.queue.pending", 0, () -> gauge("vertx.pool.queue.pending", poolTags));
    await(second.close());
    eventually("vertx.pool.in.use", 0, () -> gauge("vertx.pool.in.use", poolTags));
    eventually("vertx.pool.usage count", 3, () -> timerCount("vertx.pool.usage", poolTags));
    eventually("vertx.pool.queue.time count", 3, () -> timerCount("vertx.pool.queue.time", poolTags));
    await(pool.close());
  }

  @Test
  void closingThePoolEndsTheLanesLeaseAndItsQueries() {
    CountDownLatch release = new CountDownLatch(1);
    SqliteConnectOptions options = SqliteTestSupport.options(database)
      .setPipeliningLimit(2)
      // holds its engine thread until the test lets go, so what is running and what waits stays put
      .addFunction("hold", 0, false, args -> release.await(20, TimeUnit.SECONDS) ? 1 : 0);
    Pool pool = pool(options, 2);
    Tags poolTags = POOL_TAGS;
    List<Future<?>> queries = new ArrayList<>();
    try {
      // a lane of 1 lease taking 2 queries at once: 2 run, 3 wait in the lane for room, not in the pool's queue
      for (int i = 0; i < 5; i++) {
        queries.add(pool.query("SELECT hold()").execute());
      }
      eventually("vertx.pool.in.use", 1, () -> gauge("vertx.pool.in.use", poolTags));
      eventually("vertx.pool.queue.pending", 0, () -> gauge("vertx.pool.queue.pending", poolTags));
    } finally {
      Future<Void> closed = pool.close();
      release.countDown();
      await(closed);
    }
    for (Future<?> waiting : queries.subList(2, 5)) {
      Throwable failure = awaitFailure(waiting);
      assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
    }
    eventually("vertx.pool.in.use", 0, () -> gauge("vertx.pool.in.use", poolTags));
    eventually("vertx.pool.queue.pending", 0, () -> gauge("vertx.pool.queue.pending", poolTags));
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

  /**
   * Metrics are recorded as each outcome is handed back: allow a moment for the last ones (and for a meter to
   * appear: Micrometer registers one at its first event).
   */
  private static void eventually(String what, double expected, DoubleSupplier actual) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      try {
        double value = actual.getAsDouble();
        if (value == expected || System.nanoTime() >= deadline) {
          assertEquals(expected, value, what);
          return;
        }
      } catch (AssertionError missing) {
        if (System.nanoTime() >= deadline) {
          throw missing;
        }
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(what + ": interrupted");
      }
    }
  }
}
