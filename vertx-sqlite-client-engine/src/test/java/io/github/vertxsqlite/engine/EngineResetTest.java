package io.github.vertxsqlite.engine;

import static io.github.vertxsqlite.engine.EngineTestSupport.exec;
import static io.github.vertxsqlite.engine.EngineTestSupport.failure;
import static io.github.vertxsqlite.engine.EngineTestSupport.future;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link SqliteEngine#reset}, what a pooled connection's close asks: the previous user's commands run on for the
 * close's grace, then the running one and those still queued fail with the closed error; cursors end, a transaction
 * rolls back, and later commands run after that.
 */
class EngineResetTest {

  private static final String ENDLESS =
    "WITH RECURSIVE n(x) AS (SELECT started() UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";

  private final CountDownLatch started = new CountDownLatch(1);

  private SqliteEngine open(String database) throws Exception {
    EngineOptions options = new EngineOptions().database(database);
    options.functions().add(new UserFunction.Scalar("started", 0, false, args -> {
      started.countDown();
      return 1L;
    }));
    return EngineTestSupport.open(options);
  }

  private static void reset(SqliteEngine engine) throws Exception {
    EngineTestSupport.<Void>future(engine::reset).get(5, TimeUnit.SECONDS);
  }

  private static void assertClosed(SqliteError e) {
    assertTrue(e.getMessage().startsWith("Connection is closed"), e.getMessage());
  }

  @Test
  void theRunningAndQueuedCommandsFailAndLaterOnesRun() throws Exception {
    SqliteEngine engine = open(EngineTestSupport.newDatabase());
    CompletableFuture<QueryResult> running = exec(engine, ENDLESS, new Object[0]);
    CompletableFuture<QueryResult> queued = exec(engine, "SELECT 2", new Object[0]);
    assertTrue(started.await(10, TimeUnit.SECONDS));
    reset(engine);
    assertArrayEquals(new Object[] {3L}, exec(engine, "SELECT 3", new Object[0]).get(5, TimeUnit.SECONDS).rows().get(0));
    assertClosed(failure(running));
    assertClosed(failure(queued));
    engine.close((v, e) -> { });
  }

  @Test
  void commandsQueuedBeforeItRunWithinTheGrace() throws Exception {
    SqliteEngine engine = open(EngineTestSupport.newDatabase());
    exec(engine, "CREATE TABLE t (v INTEGER)", new Object[0]).get(5, TimeUnit.SECONDS);
    CompletableFuture<QueryResult> write = exec(engine, "INSERT INTO t VALUES (1)", new Object[0]);
    reset(engine);
    assertEquals(1L, write.get(5, TimeUnit.SECONDS).updatedCount());
    assertArrayEquals(new Object[] {1L}, exec(engine, "SELECT count(*) FROM t", new Object[0]).get(5, TimeUnit.SECONDS).rows().get(0));
    engine.close((v, e) -> { });
  }

  @Test
  void aTransactionRollsBackAndTheWriterGateIsFree() throws Exception {
    String db = EngineTestSupport.newDatabase();
    SqliteEngine engine = open(db);
    exec(engine, "CREATE TABLE t (v INTEGER)", new Object[0]).get(5, TimeUnit.SECONDS);
    exec(engine, "BEGIN IMMEDIATE", new Object[0]).get(5, TimeUnit.SECONDS);
    exec(engine, "INSERT INTO t VALUES (1)", new Object[0]).get(5, TimeUnit.SECONDS);
    reset(engine);
    SqliteEngine other = EngineTestSupport.open(new EngineOptions().database(db).busyTimeoutMillis(200));
    exec(other, "INSERT INTO t VALUES (2)", new Object[0]).get(5, TimeUnit.SECONDS);
    assertArrayEquals(new Object[] {1L}, exec(engine, "SELECT count(*) FROM t", new Object[0]).get(5, TimeUnit.SECONDS).rows().get(0));
    assertEquals(false, future((Callback<ConnectionState> cb) -> engine.state(cb)).get(5, TimeUnit.SECONDS).inTransaction());
    other.close((v, e) -> { });
    engine.close((v, e) -> { });
  }

  @Test
  void openCursorsEndAndALateReadFails() throws Exception {
    SqliteEngine engine = open(EngineTestSupport.newDatabase());
    QueryResult first = future((Callback<QueryResult> cb) -> engine.fetch("c1",
      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100) SELECT x FROM n", new Object[0], 10, cb))
      .get(5, TimeUnit.SECONDS);
    assertTrue(first.suspended());
    reset(engine);
    int[] counts = future((Callback<int[]> cb) -> engine.resourceCounts(cb)).get(5, TimeUnit.SECONDS);
    assertEquals(0, counts[1], "open cursors");
    // a late read of the previous user's cursor fails instead of running its query afresh for the next one
    assertClosed(failure(future((Callback<QueryResult> cb) -> engine.fetch("c1", "SELECT 1", new Object[0], 10, cb))));
    engine.close((v, e) -> { });
  }
}
