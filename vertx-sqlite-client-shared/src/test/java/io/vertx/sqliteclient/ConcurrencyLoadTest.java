package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 64 concurrent callers on a file database: 90 % point reads, 10 % updates, plus callers moving money between
 * accounts in transactions. Not one operation may fail (no SQLITE_BUSY from our own connections), and the
 * total balance must not change.
 */
class ConcurrencyLoadTest extends VertxPerTest {

  private static final int ACCOUNTS = 1_000;
  private static final int CALLERS = 64;
  private static final int OPS_PER_CALLER = 60;
  private static final long INITIAL_BALANCE = 1_000;



  @ParameterizedTest(name = "pool size {0}")
  @ValueSource(ints = {1, 4, 8})
  void mixedLoadWithTransfersNeverFails(int poolSize) {
    String database = SqliteTestSupport.newDatabase();
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(poolSize))
      .connectingTo(SqliteTestSupport.options(database))
      .using(vertx)
      .build();
    await(pool.query("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL, note TEXT)").execute());
    await(pool.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < " + ACCOUNTS + ") "
      + "INSERT INTO account SELECT x, " + INITIAL_BALANCE + ", '' FROM n").execute());

    Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    List<Future<Void>> callers = new ArrayList<>();
    for (int c = 0; c < CALLERS; c++) {
      boolean transfers = c % 8 == 0; // 8 of the 64 callers move money, the others read and update
      callers.add(runCaller(pool, transfers, failures, done));
    }
    await(Future.join(callers));
    assertEquals(Map.of(), failures, "failed operations by error");
    assertEquals(CALLERS * OPS_PER_CALLER, done.get());
    long total = await(pool.query("SELECT sum(balance) FROM account").execute()).iterator().next().getLong(0);
    assertEquals(ACCOUNTS * INITIAL_BALANCE, total);
    assertEquals("ok", await(pool.query("PRAGMA integrity_check").execute()).iterator().next().getString(0));
    await(pool.close());
  }

  private Future<Void> runCaller(Pool pool, boolean transfers, Map<String, AtomicInteger> failures, AtomicInteger done) {
    Promise<Void> finished = Promise.promise();
    vertx.runOnContext(v -> step(pool, transfers, 0, failures, done, finished));
    return finished.future();
  }

  private void step(Pool pool, boolean transfers, int i, Map<String, AtomicInteger> failures, AtomicInteger done, Promise<Void> finished) {
    if (i == OPS_PER_CALLER) {
      finished.complete();
      return;
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long a = 1 + random.nextInt(ACCOUNTS);
    long b = 1 + (a + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
    Future<?> op;
    if (transfers) {
      long amount = 1 + random.nextInt(20);
      op = pool.withTransaction(conn -> conn
        .preparedQuery("UPDATE account SET balance = balance - ?1 WHERE id = ?2").execute(Tuple.of(amount, a))
        .compose(r -> conn.preparedQuery("UPDATE account SET balance = balance + ?1 WHERE id = ?2").execute(Tuple.of(amount, b))));
    } else if (random.nextInt(10) == 0) {
      op = pool.preparedQuery("UPDATE account SET note = ?1 WHERE id = ?2").execute(Tuple.of("n" + i, a));
    } else {
      op = pool.preparedQuery("SELECT balance FROM account WHERE id = ?1").execute(Tuple.of(a));
    }
    op.onComplete(ar -> {
      if (ar.failed()) {
        failures.computeIfAbsent(String.valueOf(ar.cause()), k -> new AtomicInteger()).incrementAndGet();
      }
      done.incrementAndGet();
      step(pool, transfers, i + 1, failures, done, finished);
    });
  }
}
