package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Several callers run statement forms of every kind at random on one pool for 30 s ({@code -Dforms.seconds}):
 * reads and writes that do not start with their verb, pragmas, maintenance, temp tables, attachments and
 * read-modify-write transactions. Not one may fail (no SQLITE_BUSY between connections of the process), none
 * may hang, and no committed increment may be lost.
 */
class RandomFormsTest extends VertxPerTest {

  private static final int CALLERS = 8;
  private static final long HANG_MS = 15_000;

  private static final List<Function<Pool, Future<?>>> FORMS = List.of(
    p -> p.query("WITH c AS (SELECT id FROM t) SELECT count(*) FROM c").execute(),
    p -> p.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000) SELECT sum(x) FROM n").execute(),
    p -> p.query("  -- comment\n select v from t where id in (select max(id) from t)").execute(),
    p -> p.query("VALUES (1), (2)").execute(),
    p -> p.query("EXPLAIN INSERT INTO t (v) VALUES ('never')").execute(),
    p -> p.query("EXPLAIN QUERY PLAN DELETE FROM t").execute(),
    p -> p.query("PRAGMA table_info(t)").execute(),
    p -> p.query("PRAGMA quick_check").execute(),
    p -> p.query("PRAGMA user_version").execute(),
    p -> p.query("SELECT twice(count(*)) FROM t").execute(),
    p -> p.preparedQuery("WITH c(x) AS (SELECT ?) INSERT INTO t (v) SELECT x FROM c").execute(Tuple.of("cte")),
    p -> p.preparedQuery("WITH c AS (SELECT max(id) AS id FROM t) UPDATE t SET v = ? WHERE id IN (SELECT id FROM c)").execute(Tuple.of("upd")),
    p -> p.query("with c as (select min(id) as id from t where v = 'cte') delete from t where id in (select id from c)").execute(),
    p -> p.preparedQuery("INSERT INTO t (v) VALUES (?) RETURNING id").execute(Tuple.of("ret")),
    p -> p.query("PRAGMA user_version = " + ThreadLocalRandom.current().nextInt(1000)).execute(),
    p -> p.query("PRAGMA wal_checkpoint(PASSIVE)").execute(),
    p -> p.query("ANALYZE").execute(),
    p -> p.query("REINDEX t_v").execute(),
    p -> p.query("CREATE TEMP TABLE IF NOT EXISTS scratch (x); INSERT INTO scratch VALUES (1); DELETE FROM scratch").execute(),
    p -> p.withConnection(c -> c.query("ATTACH ':memory:' AS side").execute().compose(r -> c.query("DETACH side").execute())),
    p -> p.withTransaction(c -> c.query("SELECT n FROM counter").execute()
      .compose(rows -> c.preparedQuery("UPDATE counter SET n = ?").execute(Tuple.of(rows.iterator().next().getLong(0) + 1)))));
  /** The index in FORMS of the counter's read-modify-write transaction. */
  private static final int INCREMENT = FORMS.size() - 1;

  @Test
  void randomFormsOnOnePoolNeverSeeBusyNorHang() {
    long seconds = Long.getLong("forms.seconds", 30);
    SqliteConnectOptions options = SqliteTestSupport.options(SqliteTestSupport.newDatabase())
      .addFunction("twice", 1, true, args -> args.getLong(0) * 2);
    Pool pool = SqliteBuilder.pool().with(new io.vertx.sqlclient.PoolOptions().setMaxSize(4))
      .connectingTo(options).using(vertx).build();
    await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t (v); "
      + "CREATE TABLE counter (n INTEGER); INSERT INTO counter VALUES (0); INSERT INTO t (v) VALUES ('a'), ('b')").execute());

    Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    AtomicLong increments = new AtomicLong();
    AtomicInteger operations = new AtomicInteger();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<Void>> callers = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      Promise<Void> done = Promise.promise();
      vertx.runOnContext(v -> next(pool, deadline, failures, increments, operations, done));
      callers.add(done.future());
    }
    try {
      Future.join(callers).toCompletionStage().toCompletableFuture().get(seconds + 60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("callers did not finish; failures so far: " + failures, e);
    }
    assertEquals(Map.of(), failures, "failures by form and error");
    assertTrue(operations.get() > CALLERS, "operations run: " + operations.get());
    assertEquals(increments.get(), await(pool.query("SELECT n FROM counter").execute()).iterator().next().getLong(0));
    assertEquals("ok", await(pool.query("PRAGMA integrity_check").execute()).iterator().next().getString(0));
  }

  private void next(Pool pool, long deadline, Map<String, AtomicInteger> failures, AtomicLong increments,
                    AtomicInteger operations, Promise<Void> done) {
    if (System.nanoTime() > deadline) {
      done.complete();
      return;
    }
    int form = ThreadLocalRandom.current().nextInt(FORMS.size());
    long hangTimer = vertx.setTimer(HANG_MS, id -> failures.computeIfAbsent("form " + form + ": no answer in " + HANG_MS + " ms",
      k -> new AtomicInteger()).incrementAndGet());
    FORMS.get(form).apply(pool).onComplete(ar -> {
      vertx.cancelTimer(hangTimer);
      operations.incrementAndGet();
      if (ar.failed()) {
        failures.computeIfAbsent("form " + form + ": " + ar.cause(), k -> new AtomicInteger()).incrementAndGet();
      } else if (form == INCREMENT) {
        increments.incrementAndGet();
      }
      next(pool, deadline, failures, increments, operations, done);
    });
  }
}
