package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.engineThreads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pool's two lanes over its {@code maxSize} connections: connections handed out to holders and transactions, and
 * leases of the pipelined lane for one-shot queries.
 */
class PoolLanesTest {

  private static final String SLOW_QUERY =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300000) SELECT count(*) FROM n";

  private Vertx vertx;
  private long threadsBefore;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    threadsBefore = SqliteTestSupport.engineThreadsAtRest();
  }

  @AfterEach
  void tearDown() {
    await(vertx.close());
  }

  private Pool pool(SqliteConnectOptions options, int maxSize) {
    return SqliteBuilder.pool().with(new PoolOptions().setMaxSize(maxSize)).connectingTo(options).using(vertx).build();
  }

  @Test
  void oneShotQueriesWaitForAConnectionWhileEveryConnectionIsHeld() throws Exception {
    Pool pool = pool(SqliteTestSupport.options(SqliteTestSupport.newDatabase()), 4);
    List<SqlConnection> held = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      held.add(await(pool.getConnection()));
    }
    Future<io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row>> waiting = pool.query("SELECT 1").execute();
    Thread.sleep(300);
    assertTrue(!waiting.isComplete(), "maxSize connections are held: the lane opened none of its own");
    assertEquals(4, engineThreads() - threadsBefore);
    assertEquals(4, pool.size());
    await(held.remove(0).close());
    assertEquals(1, await(waiting).iterator().next().getInteger(0));
    assertEquals(4, engineThreads() - threadsBefore);
    held.forEach(c -> await(c.close()));
    await(pool.close());
  }

  @Test
  void maxSizeCapsOpenConnectionsUnderMixedLoad() throws Exception {
    for (int maxSize : new int[] {2, 4}) {
      String db = SqliteTestSupport.newDatabase();
      Pool pool = pool(SqliteTestSupport.options(db).setPipeliningLimit(4), maxSize);
      await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)").execute());
      java.util.concurrent.atomic.AtomicLong most = new java.util.concurrent.atomic.AtomicLong();
      java.util.concurrent.atomic.AtomicBoolean sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
      Thread sampler = new Thread(() -> {
        while (sampling.get()) {
          most.accumulateAndGet(engineThreads() - threadsBefore, Math::max);
          most.accumulateAndGet(pool.size(), Math::max);
          Thread.onSpinWait();
        }
      });
      sampler.start();
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        work.add(pool.preparedQuery("INSERT INTO t (v) VALUES (?)").execute(Tuple.of(n)));
        work.add(pool.query("SELECT count(*) FROM t").execute());
        if (n % 4 == 0) {
          work.add(pool.withTransaction(c -> c.preparedQuery("UPDATE t SET v = v + 1 WHERE id = ?").execute(Tuple.of(n))));
        }
        if (n % 10 == 0) {
          work.add(pool.withConnection(c -> c.query(SLOW_QUERY).execute()));
        }
      }
      await(Future.all(work));
      sampling.set(false);
      sampler.join();
      assertTrue(most.get() >= 2, "the load used several connections: " + most.get());
      assertTrue(most.get() <= maxSize, "at most " + maxSize + " connections open, saw " + most.get());
      assertEquals(200, await(pool.query("SELECT count(*) FROM t").execute()).iterator().next().getInteger(0));
      await(pool.close());
    }
  }

  @Test
  void pipelinedLaneLeasesAtMostHalfOfMaxSizeAndLeavesTheRestForConnectionsHandedOut() {
    Pool pool = pool(SqliteTestSupport.options(SqliteTestSupport.newDatabase()).setPipeliningLimit(2), 4);
    List<Future<?>> queries = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      // long enough that the lane fills up: 64 queries at 2 per connection would want 32 connections
      queries.add(pool.preparedQuery("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ?) "
        + "SELECT count(*) FROM n").execute(Tuple.of(20_000)));
    }
    // while the lane is saturated, connections handed out do not wait for it
    SqlConnection a = await(pool.getConnection());
    SqlConnection b = await(pool.getConnection());
    assertTrue(queries.stream().anyMatch(q -> !q.isComplete()), "the lane is still busy");
    await(a.close());
    await(b.close());
    await(Future.all(queries));
    assertEquals(4, engineThreads() - threadsBefore, "2 leased by the lane, 2 handed out");
    assertEquals(4, pool.size());
    await(pool.close());
  }

  @Test
  void queriesWaitingWhileTheirLeaseIsRetiredForItsAgeGetANewOne() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(2).setMaxLifetime(300).setMaxLifetimeUnit(TimeUnit.MILLISECONDS))
      .connectingTo(SqliteTestSupport.options(SqliteTestSupport.newDatabase()).setPipeliningLimit(2)
        .addFunction("hold", 0, false, args -> release.await(20, TimeUnit.SECONDS) ? 1 : 0))
      .using(vertx)
      .build();
    // the lane's one lease runs two held queries; a third waits for room
    Future<?> first = pool.query("SELECT hold()").execute();
    Future<?> second = pool.query("SELECT hold()").execute();
    Future<io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row>> waiting = pool.query("SELECT 3").execute();
    Thread.sleep(1500); // the lane's once-a-second check retires the lease: older than the maximum lifetime
    release.countDown();
    await(first);
    await(second);
    // the retired lease goes back once drained, and the waiting query gets a new one
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!waiting.isComplete() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(waiting.isComplete(), "the waiting query still waits");
    assertEquals(3, await(waiting).iterator().next().getInteger(0));
    await(pool.close());
  }

  @Test
  void closingThePoolWhileTheLaneWaitsForALeaseCompletesAndFailsItsQueries() throws Exception {
    Pool pool = pool(SqliteTestSupport.options(SqliteTestSupport.newDatabase()), 2);
    await(pool.getConnection());
    await(pool.getConnection());
    Future<?> waiting = pool.query("SELECT 1").execute(); // its lease waits in the pool's queue
    Thread.sleep(100);
    pool.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    SqliteTestSupport.awaitFailure(waiting);
  }

  @Test
  void anIdleLeaseGoesBackToThePool() {
    Pool pool = pool(SqliteTestSupport.options(SqliteTestSupport.newDatabase()), 2);
    assertEquals(1, await(pool.query("SELECT 1").execute()).iterator().next().getInteger(0));
    // both connections can be handed out: the lane kept neither
    SqlConnection a = await(pool.getConnection());
    SqlConnection b = await(pool.getConnection());
    assertEquals(2, engineThreads() - threadsBefore, "the lane's connection is one of the two");
    assertEquals(2, pool.size());
    await(a.close());
    await(b.close());
    await(pool.close());
  }

  @Test
  void pipeliningLimitOneKeepsASingleLaneOfMaxSize() {
    Pool pool = pool(SqliteTestSupport.options(SqliteTestSupport.newDatabase()).setPipeliningLimit(1), 2);
    SqlConnection a = await(pool.getConnection());
    SqlConnection b = await(pool.getConnection());
    // both connections are held: a one-shot query waits for one of them
    Future<?> waiting = pool.query("SELECT 1").execute();
    assertEquals(2, engineThreads() - threadsBefore);
    assertTrue(!waiting.isComplete());
    await(a.close());
    await(waiting);
    await(b.close());
    assertEquals(2, engineThreads() - threadsBefore);
    await(pool.close());
  }

  @Test
  void aConnectHandlerSeesEveryConnectionOneShotQueriesUse() {
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(2))
      .connectingTo(SqliteTestSupport.options(SqliteTestSupport.newDatabase()))
      .withConnectHandler(conn -> conn.query("PRAGMA cache_size = -1234").execute().onComplete(ar -> conn.close()))
      .using(vertx)
      .build();
    List<Future<io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row>>> queries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      queries.add(pool.query("PRAGMA cache_size").execute());
    }
    await(Future.all(queries));
    for (Future<io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row>> q : queries) {
      assertEquals(-1234, q.result().iterator().next().getInteger(0));
    }
    await(pool.close());
  }

  @Test
  void waitQueueLimitAppliesToOneShotQueries() {
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(2).setMaxWaitQueueSize(1))
      .connectingTo(SqliteTestSupport.options(SqliteTestSupport.newDatabase()).setPipeliningLimit(2))
      .using(vertx)
      .build();
    List<Future<?>> queries = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      queries.add(pool.query(SLOW_QUERY).execute());
    }
    await(Future.join(queries).otherwiseEmpty());
    // one lane connection runs 2, one waits, the other 3 are refused at once
    long refused = queries.stream()
      .filter(f -> f.failed() && f.cause() instanceof io.vertx.core.http.ConnectionPoolTooBusyException).count();
    assertEquals(3, refused);
    assertEquals(3, queries.stream().filter(Future::succeeded).count());
    await(pool.close());
  }

  @Test
  void oneShotQueriesWaitingLongerThanTheConnectionTimeoutFail() {
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(2).setConnectionTimeout(200).setConnectionTimeoutUnit(TimeUnit.MILLISECONDS))
      .connectingTo(SqliteTestSupport.options(SqliteTestSupport.newDatabase()).setPipeliningLimit(2))
      .using(vertx)
      .build();
    String slow = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 12000000) SELECT count(*) FROM n";
    // one lane connection runs two; the third waits past the timeout
    Future<?> first = pool.query(slow).execute();
    Future<?> second = pool.query(slow).execute();
    Throwable waited = SqliteTestSupport.awaitFailure(pool.query("SELECT 1").execute());
    assertTrue(waited.getMessage().contains("Timeout"), waited.getMessage());
    await(first);
    await(second);
    await(pool.close());
  }

  @Test
  void aLaneThatCannotConnectFailsItsQueries() {
    Pool pool = pool(SqliteTestSupport.options("target/no-such-dir/x.db"), 4);
    for (int i = 0; i < 3; i++) {
      SqliteException e = org.junit.jupiter.api.Assertions.assertInstanceOf(SqliteException.class,
        SqliteTestSupport.awaitFailure(pool.query("SELECT 1").execute()));
      assertEquals("SQLITE_CANTOPEN", e.getCodeName());
    }
    assertEquals(0, pool.size());
    await(pool.close());
  }

  @Test
  void queriesAfterCloseFail() {
    Pool pool = pool(SqliteTestSupport.options(SqliteTestSupport.newDatabase()), 4);
    await(pool.query("SELECT 1").execute());
    await(pool.close());
    Throwable e = SqliteTestSupport.awaitFailure(pool.query("SELECT 1").execute());
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void idleOneShotConnectionsClose() throws Exception {
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(4).setIdleTimeout(100).setIdleTimeoutUnit(TimeUnit.MILLISECONDS))
      .connectingTo(SqliteTestSupport.options(SqliteTestSupport.newDatabase()))
      .using(vertx)
      .build();
    await(pool.query("SELECT 1").execute());
    assertEquals(1, engineThreads() - threadsBefore);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engineThreads() > threadsBefore && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(threadsBefore, engineThreads());
    assertEquals(0, pool.size());
    // and a new query opens a new one
    assertEquals(1, await(pool.query("SELECT 1").execute()).iterator().next().getInteger(0));
    await(pool.close());
  }

  @Test
  void sharedPoolsShareTheirLanes() throws Exception {
    String database = SqliteTestSupport.newDatabase();
    PoolOptions shared = new PoolOptions().setMaxSize(4).setShared(true).setName("lanes-shared");
    Pool first = SqliteBuilder.pool().with(shared).connectingTo(SqliteTestSupport.options(database)).using(vertx).build();
    Pool second = SqliteBuilder.pool().with(shared).connectingTo(SqliteTestSupport.options(database)).using(vertx).build();
    await(first.query("SELECT 1").execute());
    await(second.query("SELECT 1").execute());
    assertEquals(1, engineThreads() - threadsBefore, "one pipelined connection serves both");
    assertEquals(1, second.size());
    await(first.close());
    assertEquals(2, await(second.query("SELECT 2").execute()).iterator().next().getInteger(0));
    await(second.close());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engineThreads() > threadsBefore && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(threadsBefore, engineThreads());
  }

  @Test
  void aQuerySentWhileTheIdleLeaseGoesBackReusesItsConnection() {
    Pool pool = pool(SqliteTestSupport.options(SqliteTestSupport.newDatabase()), 4);
    long most = 0;
    for (int i = 0; i < 300; i++) {
      // from the test thread, racing the lane giving its idle lease back on the event loop
      await(pool.query("SELECT 1").execute());
      most = Math.max(most, engineThreads() - threadsBefore);
    }
    assertEquals(1, most, "one connection serves one query at a time");
    await(pool.close());
  }

  @Test
  void bothLanesSeeTheSameInMemoryDatabase() {
    Pool pool = pool(SqliteTestSupport.options(SqliteConnectOptions.MEMORY), 4);
    await(pool.query("CREATE TABLE t (v TEXT)").execute());
    await(pool.preparedQuery("INSERT INTO t VALUES (?)").execute(Tuple.of("from the pipelined lane")));
    String seen = await(pool.withConnection(c -> c.query("SELECT v FROM t").execute())).iterator().next().getString(0);
    assertEquals("from the pipelined lane", seen);
    await(pool.withTransaction(c -> c.query("INSERT INTO t VALUES ('from a transaction')").execute()));
    assertEquals(2, await(pool.query("SELECT count(*) FROM t").execute()).iterator().next().getInteger(0));
    await(pool.close());
  }

  @Test
  void closingThePoolEndsBothLanes() throws Exception {
    Pool pool = pool(SqliteTestSupport.options(SqliteTestSupport.newDatabase()), 4);
    SqlConnection held = await(pool.getConnection());
    await(pool.query("SELECT 1").execute());
    assertEquals(2, engineThreads() - threadsBefore);
    await(held.close());
    await(pool.close());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engineThreads() > threadsBefore && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(threadsBefore, engineThreads());
  }

  @Test
  void closingThePoolReleasesTheDatabaseFileBeforeItCompletes() {
    String db = SqliteTestSupport.newDatabase();
    Pool pool = pool(SqliteTestSupport.options(db).addPragma("journal_mode", "wal"), 4);
    await(pool.query("CREATE TABLE t (v INTEGER)").execute());
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      work.add(pool.preparedQuery("INSERT INTO t VALUES (?)").execute(Tuple.of(i)));
      work.add(pool.withTransaction(c -> c.query("SELECT count(*) FROM t").execute()));
    }
    await(Future.all(work));
    assertTrue(pool.size() >= 2 && pool.size() <= 4, "both lanes in use, within maxSize: " + pool.size());
    assertTrue(SqliteTestSupport.openFileHandles(db) > 0);
    Future<?> running = pool.query(SLOW_QUERY).execute(); // still running on a one-shot connection at close
    Future<?> inTransaction = pool.withTransaction(c -> c.query(SLOW_QUERY).execute()); // and on an exclusive one
    await(pool.close());
    // copying over or deleting the file right after close must be safe: no connection may still hold it
    assertEquals(0, SqliteTestSupport.openFileHandles(db));
    assertTrue(!java.nio.file.Files.exists(java.nio.file.Path.of(db + "-wal")), "the last connection checkpoints");
    // finished or failed, never left hanging
    await(running.transform(ar -> Future.succeededFuture()));
    await(inTransaction.transform(ar -> Future.succeededFuture()));
  }

  @Test
  void closingThePoolWhileItsFirstConnectionsOpenWaitsForThem() {
    String db = SqliteTestSupport.newDatabase();
    for (int round = 0; round < 20; round++) {
      Pool pool = pool(SqliteTestSupport.options(db), 4);
      // both lanes start opening a connection; the close comes before either is likely to be open
      Future<?> oneShot = pool.query("SELECT 1").execute();
      Future<?> held = pool.withConnection(c -> c.query("SELECT 1").execute());
      await(pool.close());
      assertEquals(0, SqliteTestSupport.openFileHandles(db), "round " + round);
      await(oneShot.transform(ar -> Future.succeededFuture()));
      await(held.transform(ar -> Future.succeededFuture()));
    }
  }
}
