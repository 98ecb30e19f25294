package io.vertx.dqliteclient;

import static io.vertx.dqliteclient.Await.await;
import static io.vertx.dqliteclient.Await.failure;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteClient;
import io.vertx.sqliteclient.SqliteException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The SQL client API on a real three-node cluster: results, values, failures, scripts, batches, streams. */
public class DqliteClientTest {

  private static DqliteCluster cluster;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Vertx vertx;
  private Pool pool;

  @BeforeClass
  public static void startCluster() {
    DqliteCluster.assumeAvailable();
    cluster = DqliteCluster.start(3);
  }

  @AfterClass
  public static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Before
  public void openPool() {
    vertx = Vertx.vertx();
    // a database of its own per test: each name is a separate SQLite database on the cluster
    pool = pool(DqliteConnectOptions.fromUri(cluster.uri("client" + DATABASES.incrementAndGet())));
  }

  private Pool pool(DqliteConnectOptions options) {
    return DqliteBuilder.pool().with(new PoolOptions().setMaxSize(4)).connectingTo(options).using(vertx).build();
  }

  @After
  public void close() {
    await(vertx.close());
  }

  @Test
  public void writesCountTheirRowsAndTellTheLastRowid() {
    await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)").execute());
    RowSet<Row> inserted = await(pool.preparedQuery("INSERT INTO t (name) VALUES (?), (?)").execute(Tuple.of("a", "b")));
    assertEquals(2, inserted.rowCount());
    assertEquals(Long.valueOf(2), inserted.property(SqliteClient.LAST_INSERTED_ID));
    // sqlite3_changes() still says 2 after DDL; DDL counts no rows, as on the SQLite driver
    RowSet<Row> ddl = await(pool.query("CREATE INDEX t_name ON t (name)").execute());
    assertEquals(0, ddl.rowCount());
    assertNull(ddl.property(SqliteClient.LAST_INSERTED_ID));
    RowSet<Row> rows = await(pool.query("SELECT id, name FROM t ORDER BY id").execute());
    assertEquals(2, rows.size());
    assertEquals(List.of("id", "name"), rows.columnsNames());
    List<String> names = new ArrayList<>();
    rows.forEach(row -> names.add(row.getString("name")));
    assertEquals(List.of("a", "b"), names);
  }

  @Test
  public void valuesDecodeAsOnTheSqliteDriver() {
    await(pool.query("CREATE TABLE v (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT, ok BOOLEAN, d DATE, dt DATETIME)").execute());
    await(pool.preparedQuery("INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?, ?)").execute(Tuple.of(42, 1.5, "é", Buffer.buffer(new byte[]{0, 1, 2}),
      null, true, LocalDate.of(2026, 12, 7), LocalDateTime.of(2026, 12, 7, 10, 30, 0))));
    Row row = await(pool.query("SELECT * FROM v").execute()).iterator().next();
    assertEquals(42L, row.getValue("i"));
    assertEquals(1.5, row.getValue("r"));
    assertEquals("é", row.getValue("s"));
    assertEquals(Buffer.buffer(new byte[]{0, 1, 2}), row.getValue("b"));
    assertNull(row.getValue("n"));
    assertEquals(Boolean.TRUE, row.getValue("ok"));
    assertEquals(LocalDate.of(2026, 12, 7), row.getValue("d"));
    assertEquals(LocalDateTime.of(2026, 12, 7, 10, 30, 0), row.getValue("dt"));
    // typed getters read SQLite's natural forms, as on the SQLite driver
    Row expr = await(pool.query("SELECT 1 AS yes, '2026-12-07' AS day, 7 AS n").execute()).iterator().next();
    assertEquals(Boolean.TRUE, expr.getBoolean("yes"));
    assertEquals(LocalDate.of(2026, 12, 7), expr.getLocalDate("day"));
    assertEquals(Integer.valueOf(7), expr.getInteger("n"));
  }

  @Test
  public void failuresAreSqliteExceptionsWithSqlitesCodesAndThePoolGoesOn() {
    await(pool.query("CREATE TABLE k (id INTEGER PRIMARY KEY)").execute());
    await(pool.query("INSERT INTO k VALUES (1)").execute());
    SqliteException duplicate = (SqliteException) failure(pool.preparedQuery("INSERT INTO k VALUES (?)").execute(Tuple.of(1)));
    assertEquals(19, duplicate.getPrimaryCode());
    assertEquals("SQLITE_CONSTRAINT_PRIMARYKEY", duplicate.getCodeName());
    SqliteException syntax = (SqliteException) failure(pool.query("SELEC 1").execute());
    assertEquals("SQLITE_ERROR", syntax.getCodeName());
    assertTrue(syntax.getMessage(), syntax.getMessage().contains("syntax error"));
    assertEquals(1, await(pool.query("SELECT count(*) FROM k").execute()).iterator().next().getInteger(0).intValue());
  }

  @Test
  public void parameterCountsAreCheckedBeforeTheyReachTheServer() {
    DqliteConnectOptions cached = DqliteConnectOptions.fromUri(cluster.uri("client" + DATABASES.incrementAndGet()))
      .setCachePreparedStatements(true);
    Pool prepared = pool(cached);
    SqliteException wrong = (SqliteException) failure(prepared.preparedQuery("SELECT ?, ?").execute(Tuple.of(1)));
    assertEquals("SQLITE_RANGE", wrong.getCodeName());
    Object[] many = new Object[256];
    java.util.Arrays.fill(many, 1);
    String sql = "SELECT " + String.join(" + ", Collections.nCopies(256, "?"));
    SqliteException tooMany = (SqliteException) failure(pool.preparedQuery(sql).execute(Tuple.wrap(many)));
    assertEquals("SQLITE_RANGE", tooMany.getCodeName());
    assertTrue(tooMany.getMessage(), tooMany.getMessage().contains("255"));
    assertEquals(3L, await(prepared.preparedQuery("SELECT ? + ?").execute(Tuple.of(1, 2))).iterator().next().getValue(0));
  }

  @Test
  public void textHoldingAZeroCharacterIsRefusedInsteadOfCorruptingTheParametersAfterIt() {
    await(pool.query("CREATE TABLE z (s TEXT, n INTEGER)").execute());
    // dqlite 1.11 reads text up to its first zero byte: it stored s = 'a' and a garbage n before this was refused
    SqliteException refused = (SqliteException) failure(pool.preparedQuery("INSERT INTO z VALUES (?, ?)")
      .execute(Tuple.of("a\u0000bcdefghijklmnop", 42)));
    assertEquals("SQLITE_MISMATCH", refused.getCodeName());
    assertEquals(0L, await(pool.query("SELECT count(*) FROM z").execute()).iterator().next().getValue(0));
  }

  @Test
  public void aScriptRunsEveryStatementAndReturnsEachResult() {
    RowSet<Row> first = await(pool.query("CREATE TABLE s (x); INSERT INTO s VALUES (1), (2); SELECT x FROM s ORDER BY x; SELECT 'done'").execute());
    assertEquals(0, first.rowCount());
    RowSet<Row> insert = first.next();
    assertEquals(2, insert.rowCount());
    RowSet<Row> select = insert.next();
    assertEquals(2, select.size());
    assertEquals("done", select.next().iterator().next().getString(0));
  }

  /** Found in review: a script's statement that cannot run fails when its turn comes, as on the SQLite driver. */
  @Test
  public void aScriptRunsItsStatementsUntilOneThatCannotRun() {
    await(pool.query("CREATE TABLE p (x)").execute());
    Throwable failed = Await.failure(pool.query("INSERT INTO p VALUES (1); SELECT ?; INSERT INTO p VALUES (2)").execute());
    assertTrue(String.valueOf(failed), failed instanceof SqliteException);
    assertEquals(List.of(1L), values(await(pool.query("SELECT x FROM p").execute())));
  }

  /** Found in review: the END of a CASE in a trigger's body ended the trigger's text, which was then refused. */
  @Test
  public void aTriggerWithACaseInItsBodyIsOneStatement() {
    await(pool.query("CREATE TABLE g (n INTEGER, sign INTEGER)").execute());
    String trigger = "CREATE TRIGGER g_sign AFTER INSERT ON g BEGIN"
      + " UPDATE g SET sign = CASE WHEN new.n > 0 THEN 1 ELSE 0 END WHERE rowid = new.rowid; END";
    await(pool.preparedQuery(trigger).execute());
    await(pool.query("INSERT INTO g (n) VALUES (5); DROP TRIGGER g_sign; " + trigger.replace("g_sign", "g_sign2") + ";"
      + " INSERT INTO g (n) VALUES (-5)").execute());
    assertEquals(List.of(1L, 0L), values(await(pool.query("SELECT sign FROM g ORDER BY rowid").execute())));
  }

  private static List<Long> values(RowSet<Row> rows) {
    List<Long> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.getLong(0)));
    return values;
  }

  @Test
  public void aBatchRunsEachParameterSet() {
    await(pool.query("CREATE TABLE b (id INTEGER PRIMARY KEY, v TEXT)").execute());
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      batch.add(Tuple.of("v" + i));
    }
    RowSet<Row> result = await(pool.preparedQuery("INSERT INTO b (v) VALUES (?)").executeBatch(batch));
    int results = 0;
    for (RowSet<Row> r = result; r != null; r = r.next()) {
      assertEquals(1, r.rowCount());
      assertEquals(Long.valueOf(results + 1), r.property(SqliteClient.LAST_INSERTED_ID));
      results++;
    }
    assertEquals(20, results);
  }

  @Test
  public void withTransactionCommitsAndRollsBack() {
    await(pool.query("CREATE TABLE a (id INTEGER PRIMARY KEY, v INTEGER)").execute());
    await(pool.withTransaction(c -> c.query("INSERT INTO a VALUES (1, 10)").execute()));
    Throwable failed = failure(pool.withTransaction(c -> c.query("INSERT INTO a VALUES (2, 20)").execute()
      .compose(r -> c.query("INSERT INTO a VALUES (1, 0)").execute())));
    assertTrue(failed instanceof SqliteException);
    assertEquals(1, await(pool.query("SELECT id FROM a").execute()).size());
  }

  @Test
  public void concurrentTransactionsWaitForTheWriteLockInsteadOfFailing() {
    await(pool.query("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER)").execute());
    await(pool.query("INSERT INTO counter VALUES (1, 0)").execute());
    List<io.vertx.core.Future<?>> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // read, then write: on a deferred transaction the write would fail with SQLITE_BUSY under contention
      all.add(pool.withTransaction(c -> c.query("SELECT n FROM counter WHERE id = 1").execute()
        .compose(r -> c.preparedQuery("UPDATE counter SET n = ? WHERE id = 1").execute(Tuple.of(r.iterator().next().getLong(0) + 1)))));
    }
    await(io.vertx.core.Future.all(all), 60);
    assertEquals(40L, await(pool.query("SELECT n FROM counter").execute()).iterator().next().getValue(0));
  }

  @Test
  public void aStreamReadsManyRowsAFetchAtATime() {
    int n = 20_000;
    String sql = "WITH RECURSIVE s(x) AS (VALUES(1) UNION ALL SELECT x+1 FROM s WHERE x<" + n + ") SELECT x, printf('%0200d', x) FROM s";
    long sum = await(pool.withConnection(c -> c.prepare(sql).compose(ps -> {
      Promise<Long> done = Promise.promise();
      long[] total = {0};
      ps.createStream(100).handler(r -> total[0] += r.getLong(0)).endHandler(v -> done.complete(total[0])).exceptionHandler(done::fail);
      return done.future();
    })));
    assertEquals((long) n * (n + 1) / 2, sum);
  }

  @Test
  public void aCursorClosedEarlyLeavesTheConnectionReadyForTheNextQuery() {
    String sql = "WITH RECURSIVE s(x) AS (VALUES(1) UNION ALL SELECT x+1 FROM s WHERE x<50000) SELECT x, printf('%0100d', x) FROM s";
    long after = await(pool.withConnection(c -> c.prepare(sql).compose(ps -> {
      io.vertx.sqlclient.Cursor cursor = ps.cursor();
      return cursor.read(10).compose(rows -> {
        assertEquals(10, rows.size());
        assertTrue(cursor.hasMore());
        return cursor.close();
      }).compose(v -> c.query("SELECT 7").execute()).map(r -> r.iterator().next().getLong(0));
    })));
    assertEquals(7L, after);
  }

  @Test
  public void anotherQueryWhileACursorIsOpenWaitsForItsRowsAndBothComplete() {
    String sql = "WITH RECURSIVE s(x) AS (VALUES(1) UNION ALL SELECT x+1 FROM s WHERE x<30000) SELECT x FROM s";
    long rest = await(pool.withConnection(c -> c.prepare(sql).compose(ps -> {
      io.vertx.sqlclient.Cursor cursor = ps.cursor();
      return cursor.read(5)
        .compose(first -> c.query("SELECT 1").execute())
        .compose(other -> cursor.read(100_000))
        .map(r -> r.size() + 5L);
    })));
    assertEquals(30_000L, rest);
  }

  @Test
  public void insertReturningGivesTheInsertedRowAsOnTheSqliteDriver() {
    await(pool.query("CREATE TABLE r (id INTEGER PRIMARY KEY, v TEXT UNIQUE, n INTEGER DEFAULT 7)").execute());
    RowSet<Row> simple = await(pool.query("INSERT INTO r (v) VALUES ('a') RETURNING id, v, n * 2 AS twice").execute());
    assertEquals(1, simple.size());
    assertEquals(List.of("id", "v", "twice"), simple.columnsNames());
    Row row = simple.iterator().next();
    assertEquals(1L, row.getValue("id"));
    assertEquals(14L, row.getValue("twice"));
    RowSet<Row> prepared = await(pool.preparedQuery("INSERT INTO r (v) VALUES (?) RETURNING *").execute(Tuple.of("b")));
    assertEquals("b", prepared.iterator().next().getString("v"));
    RowSet<Row> ignored = await(pool.preparedQuery("INSERT OR IGNORE INTO r (v) VALUES (?) RETURNING id").execute(Tuple.of("b")));
    assertEquals(0, ignored.size());
    // inside a transaction it is part of the transaction
    failure(pool.withTransaction(c -> c.query("INSERT INTO r (v) VALUES ('c') RETURNING id").execute()
      .compose(r -> c.query("INSERT INTO r (v) VALUES ('a')").execute())));
    assertEquals(2L, await(pool.query("SELECT count(*) FROM r").execute()).iterator().next().getValue(0));
  }

  @Test
  public void returningThatCannotBeEmulatedIsRefusedBeforeItReachesTheLeader() {
    await(pool.query("CREATE TABLE q (id INTEGER PRIMARY KEY, v TEXT)").execute());
    await(pool.query("INSERT INTO q (v) VALUES ('a')").execute());
    SqliteException update = (SqliteException) failure(pool.query("UPDATE q SET v = 'b' RETURNING id").execute());
    assertEquals("SQLITE_ERROR", update.getCodeName());
    assertTrue(update.getMessage(), update.getMessage().contains("RETURNING"));
    SqliteException several = (SqliteException) failure(pool.query("INSERT INTO q (v) VALUES ('x'), ('y') RETURNING id").execute());
    assertTrue(several.getMessage(), several.getMessage().contains("2 rows"));
    // nothing of either ran, and the leader still takes writes (on dqlite 1.11 a statement that writes and returns
    // rows leaves the leader to crash on the next write)
    await(pool.query("INSERT INTO q (v) VALUES ('z')").execute());
    List<String> values = new ArrayList<>();
    await(pool.query("SELECT v FROM q ORDER BY id").execute()).forEach(r -> values.add(r.getString(0)));
    assertEquals(List.of("a", "z"), values);
  }

  @Test
  public void aNodeListWithDeadNodesFirstStillReachesTheLeader() throws Exception {
    int dead;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      dead = s.getLocalPort();
    }
    String uri = cluster.uri("client" + DATABASES.incrementAndGet()).replace("dqlite://", "dqlite://127.0.0.1:" + dead + ",");
    Pool stale = pool((DqliteConnectOptions) SqlConnectOptions.fromUri(uri));
    assertEquals(1L, await(stale.query("SELECT 1").execute()).iterator().next().getValue(0));
  }

  @Test
  public void aNodeThatAcceptsButNeverAnswersIsLeftForTheNextOne() throws Exception {
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0)) {
      List<java.net.Socket> held = Collections.synchronizedList(new ArrayList<>());
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept()); // accepted, never answered
          }
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String uri = cluster.uri("client" + DATABASES.incrementAndGet())
        .replace("dqlite://", "dqlite://127.0.0.1:" + silent.getLocalPort() + ",");
      Pool stale = pool(DqliteConnectOptions.fromUri(uri));
      long started = System.nanoTime();
      assertEquals(1L, await(stale.query("SELECT 1").execute()).iterator().next().getValue(0));
      long tookMillis = (System.nanoTime() - started) / 1_000_000;
      assertTrue("took " + tookMillis + " ms", tookMillis < 8_000);
      assertFalse("the silent node was asked", held.isEmpty());
    }
  }

  @Test
  public void noReachableLeaderFailsWithATypedRetryableError() throws Exception {
    int dead;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      dead = s.getLocalPort();
    }
    Pool nowhere = pool(DqliteConnectOptions.fromUri("dqlite://127.0.0.1:" + dead + "/x?leader_timeout=300"));
    Throwable failed = failure(nowhere.query("SELECT 1").execute());
    assertTrue(String.valueOf(failed), failed instanceof LeadershipException);
    assertTrue(((LeadershipException) failed).isRetryable());
    assertFalse(((LeadershipException) failed).outcomeUnknown());
  }
}
