package io.vertx.dqliteclient;

import static io.vertx.dqliteclient.Await.await;
import static io.vertx.dqliteclient.Await.failure;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/**
 * What failover means for a service: the leader dies under load, and no acknowledged write is lost, every
 * transaction is all or nothing, the load resumes on the new leader within ten seconds, and every failure on the
 * way is typed. Each test has a cluster of its own, as each kills nodes.
 */
public class FailoverTest {

  private static final int ACCOUNTS = 10;
  private static final long OPENING_BALANCE = 1_000;

  private DqliteCluster cluster;
  private Vertx vertx;
  private Pool pool;

  @Rule
  public final TestWatcher logsOnFailure = new TestWatcher() {
    @Override
    protected void failed(Throwable e, Description description) {
      if (cluster != null) {
        System.err.println(cluster.logs());
      }
    }
  };

  @Before
  public void start() {
    DqliteCluster.assumeAvailable();
    cluster = DqliteCluster.start(3);
    vertx = Vertx.vertx();
    // tag::pool[]
    pool = DqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(4))
      .connectingTo(DqliteConnectOptions.fromUri(cluster.uri("bank"))) // dqlite://127.0.0.1:9001,127.0.0.1:9002,.../bank
      .using(vertx)
      .build();
    // end::pool[]
    await(pool.query("CREATE TABLE events (id INTEGER PRIMARY KEY, worker INTEGER)").execute());
    await(pool.query("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)").execute());
    List<Tuple> accounts = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(Tuple.of(i, OPENING_BALANCE));
    }
    await(pool.preparedQuery("INSERT INTO accounts VALUES (?, ?)").executeBatch(accounts));
  }

  @After
  public void stop() {
    if (vertx != null) {
      await(vertx.close());
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  public void theLeaderKilledUnderLoadLosesNoAcknowledgedWriteAndTheLoadResumesWithinTenSeconds() {
    Load load = new Load(8);
    waitUntil(60, "300 acknowledged operations before the kill", () -> load.acknowledged.get() >= 300);
    String leader = cluster.leader();
    long killedAt = System.nanoTime();
    cluster.kill(leader);
    load.killedAt.set(killedAt);
    waitUntil(30, "the load to resume on a new leader", () -> load.firstSuccessAfterKill.get() != 0);
    long resumedAfterMillis = (load.firstSuccessAfterKill.get() - killedAt) / 1_000_000;
    long acknowledgedAtResume = load.acknowledged.get();
    waitUntil(60, "300 more operations on the new leader", () -> load.acknowledged.get() >= acknowledgedAtResume + 300);
    load.stopAndWait();

    System.out.println("FailoverTest: the load resumed " + resumedAfterMillis + " ms after the leader was killed; "
      + load.insertedIds.size() + " acknowledged inserts, failures on the way: " + load.failures);
    assertTrue("resumed after " + resumedAfterMillis + " ms", resumedAfterMillis <= 10_000);
    assertTrue("new leader", !cluster.leader().equals(leader));
    Set<Long> stored = new HashSet<>();
    for (Row row : await(pool.query("SELECT id FROM events").execute())) {
      stored.add(row.getLong(0));
    }
    Set<Long> lost = new HashSet<>(load.insertedIds);
    lost.removeAll(stored);
    assertEquals("acknowledged inserts missing after failover", Set.of(), lost);
    long total = await(pool.query("SELECT sum(balance) FROM accounts").execute()).iterator().next().getLong(0);
    assertEquals(ACCOUNTS * OPENING_BALANCE, total);
    for (Map.Entry<String, Integer> failure : load.failures.entrySet()) {
      assertTrue("untyped failure during failover: " + failure.getKey(), failure.getKey().startsWith("typed "));
    }
    assertTrue("the kill was noticed by the load: " + load.failures, !load.failures.isEmpty());
  }

  @Test
  public void aMinorityFailsWritesWithATypedErrorInsteadOfHanging() {
    DqliteConnectOptions options = DqliteConnectOptions.fromUri(cluster.uri("bank")).setLeaderTimeoutMillis(2_000);
    Pool minority = DqliteBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(options).using(vertx).build();
    await(minority.query("INSERT INTO events (worker) VALUES (0)").execute());
    String leader = cluster.leader();
    for (String node : cluster.addresses()) {
      if (!node.equals(leader)) {
        cluster.kill(node);
      }
    }
    // the pooled connection still reaches the old leader, which cannot commit without a quorum and steps down
    Throwable onTheOldLeader = failure(minority.query("INSERT INTO events (worker) VALUES (1)").execute());
    assertTrue(String.valueOf(onTheOldLeader), onTheOldLeader instanceof LeadershipException);
    // a new connection finds no leader at all
    Throwable noLeader = failure(minority.query("INSERT INTO events (worker) VALUES (2)").execute());
    assertTrue(String.valueOf(noLeader), noLeader instanceof LeadershipException);
    assertTrue(((LeadershipException) noLeader).isRetryable());
  }

  @Test
  public void aStatementPastTheQueryTimeoutFailsWithSqliteInterruptAndThePoolGoesOn() {
    DqliteConnectOptions options = DqliteConnectOptions.fromUri(cluster.uri("bank") + "?query_timeout=200");
    Pool timed = DqliteBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(options).using(vertx).build();
    long started = System.nanoTime();
    // a second or two of work on the leader, which reads nothing else meanwhile (here: on its own cluster)
    SqliteException slow = (SqliteException) failure(timed.query(
      "WITH RECURSIVE s(x) AS (VALUES(1) UNION ALL SELECT x+1 FROM s WHERE x<5000000) SELECT count(*) FROM s").execute());
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals("SQLITE_INTERRUPT", slow.getCodeName());
    assertTrue("failed after " + tookMillis + " ms", tookMillis < 1_000);
    assertEquals(1L, retried(() -> timed.query("SELECT 1").execute()).iterator().next().getValue(0));
  }

  @Test
  public void aRestartedNodeRejoinsWithItsDataDirectory() {
    String leader = cluster.leader();
    String follower = cluster.addresses().stream().filter(a -> !a.equals(leader)).findFirst().orElseThrow();
    cluster.kill(follower);
    for (int i = 0; i < 50; i++) {
      await(pool.preparedQuery("INSERT INTO events (worker) VALUES (?)").execute(Tuple.of(i)));
    }
    cluster.restart(follower);
    // with the old leader gone, the two remaining nodes can elect a leader and commit only if the restarted one
    // takes part: rows written while it was down must be there, and new writes must commit
    cluster.kill(leader);
    long rows = retried(() -> pool.query("SELECT count(*) FROM events").execute()).iterator().next().getLong(0);
    assertEquals(50, rows);
    retried(() -> pool.query("INSERT INTO events (worker) VALUES (99)").execute());
  }

  /**
   * What a service does with a retryable failure: try again. The pool's connections to a killed leader fail their
   * next statement with a LeadershipException that says nothing was applied; the next one reaches the new leader.
   */
  // tag::retry[]
  private static <T> T retried(java.util.function.Supplier<Future<T>> statement) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        return await(statement.get());
      } catch (LeadershipException e) {
        // retryable: the next connection reaches the new leader; outcomeUnknown() says a write may have committed
        assertTrue("a read or a refused statement: " + e.getMessage(), !e.outcomeUnknown());
        if (System.nanoTime() - deadline > 0) {
          throw e;
        }
      }
    }
  }
  // end::retry[]

  private static void waitUntil(int seconds, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Workers that insert rows and move money between accounts in transactions, one operation after another. */
  private final class Load {
    final Set<Long> insertedIds = ConcurrentHashMap.newKeySet();
    final Map<String, Integer> failures = new ConcurrentHashMap<>();
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicLong killedAt = new AtomicLong();
    final AtomicLong firstSuccessAfterKill = new AtomicLong();
    final AtomicBoolean stopping = new AtomicBoolean();
    final AtomicLong nextId = new AtomicLong(1);
    final List<Future<Void>> workers = new ArrayList<>();
    final Map<Integer, String> current = new ConcurrentHashMap<>();

    Load(int count) {
      for (int w = 0; w < count; w++) {
        int worker = w;
        workers.add(vertx.getOrCreateContext().<Future<Void>>executeBlocking(() -> loop(worker)).compose(f -> f));
      }
    }

    private Future<Void> loop(int worker) {
      if (stopping.get()) {
        return Future.succeededFuture();
      }
      boolean insert = ThreadLocalRandom.current().nextBoolean();
      current.put(worker, (insert ? "insert" : "transfer") + " since " + System.nanoTime() / 1_000_000);
      Future<?> op = insert ? insert(worker) : transfer(worker);
      return op.transform(ar -> {
        current.remove(worker);
        if (ar.succeeded()) {
          acknowledged.incrementAndGet();
          if (killedAt.get() != 0) {
            firstSuccessAfterKill.compareAndSet(0, System.nanoTime());
          }
          return loop(worker);
        }
        Throwable cause = ar.cause();
        String kind = (cause instanceof SqliteException ? "typed " : "untyped ") + cause.getClass().getSimpleName()
          + ": " + cause.getMessage();
        failures.merge(kind, 1, Integer::sum);
        return vertx.timer(20).compose(t -> loop(worker));
      });
    }

    private Future<?> insert(int worker) {
      long id = nextId.getAndIncrement();
      return pool.preparedQuery("INSERT INTO events (id, worker) VALUES (?, ?)").execute(Tuple.of(id, worker))
        .onSuccess(r -> insertedIds.add(id));
    }

    private Future<?> transfer(int worker) {
      int from = ThreadLocalRandom.current().nextInt(ACCOUNTS);
      int to = (from + 1 + ThreadLocalRandom.current().nextInt(ACCOUNTS - 1)) % ACCOUNTS;
      step(worker, "connection");
      return pool.withTransaction(c -> {
        step(worker, "select");
        return c.preparedQuery("SELECT balance FROM accounts WHERE id = ?").execute(Tuple.of(from))
          .compose(r -> {
            long amount = Math.min(5, r.iterator().next().getLong(0));
            step(worker, "debit");
            return c.preparedQuery("UPDATE accounts SET balance = balance - ? WHERE id = ?").execute(Tuple.of(amount, from))
              .compose(u -> {
                step(worker, "credit");
                return c.preparedQuery("UPDATE accounts SET balance = balance + ? WHERE id = ?").execute(Tuple.of(amount, to));
              })
              .onSuccess(u -> step(worker, "commit"));
          });
      });
    }

    private void step(int worker, String step) {
      current.computeIfPresent(worker, (w, what) -> what + " > " + step);
    }

    void stopAndWait() {
      stopping.set(true);
      for (Future<Void> worker : workers) {
        try {
          await(worker, 60);
        } catch (AssertionError e) {
          throw new AssertionError("workers still running at " + System.nanoTime() / 1_000_000 + ": " + current
            + " (killed at " + killedAt.get() / 1_000_000 + ", failures " + failures + ")", e);
        }
      }
    }
  }
}
