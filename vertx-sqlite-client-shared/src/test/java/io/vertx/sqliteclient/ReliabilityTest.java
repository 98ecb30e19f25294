package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static io.vertx.sqliteclient.SqliteTestSupport.engineThreads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReliabilityTest extends VertxPerTest {

  private static final String SLOW_QUERY =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50000000) SELECT count(*) FROM n";



  private static Object pragma(SqlConnection conn, String name) {
    return await(conn.query("PRAGMA " + name).execute()).iterator().next().getValue(0);
  }

  @Test
  void serverDefaultsOnEveryPooledConnection() {
    Pool pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 3);
    List<SqlConnection> conns = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      conns.add(await(pool.getConnection()));
    }
    for (SqlConnection c : conns) {
      assertEquals("wal", pragma(c, "journal_mode"));
      assertEquals(1L, pragma(c, "synchronous")); // NORMAL
      assertEquals(1L, pragma(c, "foreign_keys"));
      assertEquals(5000L, pragma(c, "busy_timeout"));
      await(c.close());
    }
    await(pool.close());
  }

  @Test
  void manyConnectionsOpeningANewFileAtOnce() {
    // each new connection switches the file to WAL: concurrent switches must not fail with SQLITE_BUSY
    for (int round = 0; round < 20; round++) {
      Pool pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 8);
      List<Future<?>> opened = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        opened.add(pool.withConnection(c -> c.query("SELECT 1").execute()));
      }
      await(Future.all(opened));
      await(pool.close());
    }
  }

  @Test
  void defaultsCanBeOverridden() {
    SqlConnectOptions options = SqlConnectOptions.fromUri("sqlite:" + SqliteTestSupport.newDatabase()
      + "?journal_mode=delete&synchronous=full&foreign_keys=off&busy_timeout=1234");
    Pool pool = Pool.pool(vertx, options, new PoolOptions());
    SqlConnection c = await(pool.getConnection());
    assertEquals("delete", pragma(c, "journal_mode"));
    assertEquals(2L, pragma(c, "synchronous"));
    assertEquals(0L, pragma(c, "foreign_keys"));
    assertEquals(1234L, pragma(c, "busy_timeout"));
    await(pool.close());
  }

  @Test
  void foreignKeysAreEnforcedByDefault() {
    Pool pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 1);
    await(pool.query("CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (p INTEGER REFERENCES parent(id))").execute());
    SqliteException e = assertInstanceOf(SqliteException.class, awaitFailure(pool.query("INSERT INTO child VALUES (42)").execute()));
    assertEquals(787, e.getExtendedCode()); // SQLITE_CONSTRAINT_FOREIGNKEY
    await(pool.close());
  }

  @Test
  void anInMemoryPoolIsOneDatabaseThatOutlivesItsConnections() throws Exception {
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(4).setMaxLifetime(50).setMaxLifetimeUnit(TimeUnit.MILLISECONDS))
      .connectingTo(new SqliteConnectOptions()) // :memory:
      .using(vertx)
      .build();
    SqlConnection a = await(pool.getConnection());
    SqlConnection b = await(pool.getConnection());
    await(a.query("CREATE TABLE shared (v TEXT); INSERT INTO shared VALUES ('seen')").execute());
    assertEquals("seen", await(b.query("SELECT v FROM shared").execute()).iterator().next().getString(0));
    await(a.close());
    await(b.close());
    Thread.sleep(200); // every connection has outlived its lifetime and been replaced
    assertEquals(1, await(pool.query("SELECT count(*) FROM shared").execute()).iterator().next().getInteger(0));
    Pool other = SqliteBuilder.pool().connectingTo(new SqliteConnectOptions()).using(vertx).build();
    assertInstanceOf(SqliteException.class, awaitFailure(other.query("SELECT * FROM shared").execute()), "pools do not share");
    await(other.close());
    await(pool.close());
  }

  @Test
  void twoPoolsOnOneFileNeverSeeBusy() {
    String db = SqliteTestSupport.newDatabase();
    Pool p1 = SqliteTestSupport.pool(vertx, db, 4);
    Pool p2 = SqliteTestSupport.pool(vertx, db, 4);
    await(p1.query("CREATE TABLE c (id INTEGER PRIMARY KEY, n INTEGER); INSERT INTO c VALUES (1, 0)").execute());
    List<Future<?>> ops = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Pool p = i % 2 == 0 ? p1 : p2;
      ops.add(p.withTransaction(conn -> conn.query("SELECT n FROM c WHERE id = 1").execute()
        .compose(rows -> conn.preparedQuery("UPDATE c SET n = ?1 WHERE id = 1").execute(Tuple.of(rows.iterator().next().getLong(0) + 1)))));
    }
    await(Future.all(ops));
    // read-modify-write in IMMEDIATE transactions: no lost update
    assertEquals(400L, await(p1.query("SELECT n FROM c").execute()).iterator().next().getLong(0));
  }

  @Test
  void savepoints() {
    SqliteConnection conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(SqliteTestSupport.newDatabase())));
    await(conn.query("CREATE TABLE t (v TEXT)").execute());
    await(conn.begin().compose(tx -> conn.query("INSERT INTO t VALUES ('outer')").execute()
      .compose(r -> conn.savepoint("step"))
      .compose(v -> conn.query("INSERT INTO t VALUES ('undone')").execute())
      .compose(r -> conn.rollbackToSavepoint("step"))
      .compose(v -> conn.query("INSERT INTO t VALUES ('kept')").execute())
      .compose(r -> conn.releaseSavepoint("step"))
      .compose(v -> tx.commit())));
    List<String> values = new ArrayList<>();
    await(conn.query("SELECT v FROM t ORDER BY rowid").execute()).forEach(r -> values.add(r.getString(0)));
    assertEquals(List.of("outer", "kept"), values);
    assertInstanceOf(IllegalArgumentException.class, awaitFailure(conn.savepoint("x; DROP TABLE t")));
    // a savepoint outside a transaction starts one; releasing it commits
    await(conn.savepoint("solo").compose(v -> conn.query("INSERT INTO t VALUES ('solo')").execute()).compose(r -> conn.releaseSavepoint("solo")));
    assertEquals(3L, await(conn.query("SELECT count(*) FROM t").execute()).iterator().next().getLong(0));
  }

  @Test
  void aQueryTimeoutInterruptsAndTheConnectionStaysUsable() {
    SqliteConnection conn = await(SqliteConnection.connect(vertx, new SqliteConnectOptions().setQueryTimeout(100)));
    long start = System.nanoTime();
    SqliteException e = assertInstanceOf(SqliteException.class, awaitFailure(conn.query(SLOW_QUERY).execute()));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals("SQLITE_INTERRUPT", e.getCodeName());
    assertTrue(e.getMessage().contains("timed out after 100 ms"), e.getMessage());
    assertTrue(tookMs < 10_000, "interrupted after " + tookMs + " ms");
    Row row = await(conn.query("SELECT 40 + 2").execute()).iterator().next();
    assertEquals(42L, row.getValue(0));
  }

  @Test
  void closingAPoolCompletesEveryFutureAndStopsEveryThread() throws Exception {
    long before = SqliteTestSupport.engineThreadsAtRest();
    Pool pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 2);
    await(pool.query("CREATE TABLE t (x)").execute());
    List<Future<?>> pending = new ArrayList<>();
    pending.add(pool.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000000) SELECT count(*) FROM n").execute());
    for (int i = 0; i < 50; i++) {
      pending.add(pool.preparedQuery("INSERT INTO t VALUES (?)").execute(Tuple.of(i)));
    }
    Future<Void> closed = pool.close();
    Future<Void> closedTwice = pool.close();
    await(Future.join(new ArrayList<>(pending)).otherwiseEmpty());
    for (Future<?> f : pending) {
      assertTrue(f.isComplete());
    }
    await(closed);
    await(closedTwice);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engineThreads() > before && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(before, engineThreads());
  }

  @Test
  void connectionsClosingTogetherStillLeaveTheWalCheckpointedAndGone() {
    String db = SqliteTestSupport.newDatabase();
    SqliteConnectOptions options = SqliteTestSupport.options(db).addPragma("journal_mode", "wal");
    for (int round = 0; round < 20; round++) {
      List<SqliteConnection> connections = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        SqliteConnection conn = await(SqliteConnection.connect(vertx, options));
        await(conn.query("CREATE TABLE IF NOT EXISTS t (v INTEGER)").execute());
        await(conn.preparedQuery("INSERT INTO t VALUES (?)").execute(Tuple.of(i)));
        connections.add(conn);
      }
      List<Future<Void>> closes = new ArrayList<>();
      connections.forEach(c -> closes.add(c.close()));
      await(Future.all(closes));
      // SQLite's last connection to close checkpoints and deletes the WAL; closing at once, each saw the others
      assertTrue(!java.nio.file.Files.exists(java.nio.file.Path.of(db + "-wal")), "round " + round);
      SqliteConnection reader = await(SqliteConnection.connect(vertx, options));
      assertEquals(8L * (round + 1), await(reader.query("SELECT count(*) FROM t").execute()).iterator().next().getLong(0));
      await(reader.close());
    }
  }
}
