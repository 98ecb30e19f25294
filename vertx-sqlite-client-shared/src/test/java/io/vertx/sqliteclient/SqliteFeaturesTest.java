package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The SQLite-specific API of {@link SqliteConnection}. */
class SqliteFeaturesTest extends VertxPerTest {



  private SqliteConnection connect(String database) {
    return await(SqliteConnection.connect(vertx, SqliteTestSupport.options(database)));
  }

  private static long count(SqlConnection c, String table) {
    return await(c.query("SELECT count(*) FROM " + table).execute()).iterator().next().getLong(0);
  }

  @Test
  void connectionState() {
    SqliteConnection c = connect(":memory:");
    await(c.query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)").execute());
    await(c.query("INSERT INTO t (v) VALUES ('a'), ('b'), ('c')").execute());
    assertEquals(3L, await(c.changes()));
    assertEquals(3L, await(c.lastInsertRowid()));
    await(c.query("UPDATE t SET v = 'x' WHERE id < 3").execute());
    assertEquals(2L, await(c.changes()));
    assertEquals(5L, await(c.totalChanges()));
    assertFalse(await(c.inTransaction()));
    await(c.begin().compose(tx -> c.inTransaction().map(in -> {
      assertTrue(in);
      return tx;
    }).compose(tx2 -> tx.commit())));
    assertFalse(await(c.inTransaction()));
  }

  @Test
  void pragmasAtRuntime() {
    SqliteConnection c = connect(":memory:");
    await(c.setPragma("user_version", "42"));
    assertEquals(42L, await(c.readPragma("user_version")).get(0).getLong("user_version"));
    await(c.query("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)").execute());
    List<String> columns = new ArrayList<>();
    await(c.readPragma("table_info", "t")).forEach(r -> columns.add(r.getString("name")));
    assertEquals(List.of("id", "name"), columns);
    assertInstanceOf(IllegalArgumentException.class, awaitFailure(c.setPragma("user_version", "1; DROP TABLE t")));
    assertInstanceOf(IllegalArgumentException.class, awaitFailure(c.setPragma("no_such_pragma", "1")));
    assertInstanceOf(IllegalArgumentException.class, awaitFailure(c.readPragma("table_info", "t'); DROP TABLE t; --")));
    assertEquals(0L, count(c, "t"));
  }

  @Test
  void serializeAndDeserialize() {
    SqliteConnection a = connect(":memory:");
    await(a.query("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('one'), ('two')").execute());
    Buffer image = await(a.serialize());
    assertEquals("SQLite format 3\u0000", image.getString(0, 16));
    SqliteConnection b = connect(":memory:");
    await(b.deserialize(image));
    assertEquals(2L, count(b, "t"));
    await(b.query("INSERT INTO t VALUES ('three')").execute());
    assertEquals(3L, count(b, "t"));
    assertEquals(2L, count(a, "t"));
  }

  @Test
  void onlineBackupWhileOthersWrite() {
    String source = SqliteTestSupport.newDatabase();
    Pool pool = SqliteTestSupport.pool(vertx, source, 4);
    await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)").execute());
    await(pool.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000) "
      + "INSERT INTO t SELECT x, randomblob(200) FROM n").execute());
    // writers keep going during the backup
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Future<?>> writes = new CopyOnWriteArrayList<>();
    vertx.setPeriodic(1, id -> {
      if (!writing.get()) {
        vertx.cancelTimer(id);
        return;
      }
      writes.add(pool.query("INSERT INTO t (payload) VALUES (randomblob(200))").execute());
    });
    SqliteConnection backer = connect(source);
    String target = SqliteTestSupport.newDatabase();
    List<Double> progress = new CopyOnWriteArrayList<>();
    await(backer.backup(target, 10, progress::add));
    writing.set(false);
    await(Future.all(new ArrayList<>(writes)));
    assertTrue(progress.size() > 1, "progress reported " + progress.size() + " times");
    assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);

    SqliteConnection copy = connect(target);
    assertEquals("ok", await(copy.readPragma("integrity_check")).get(0).getString("integrity_check"));
    long copied = count(copy, "t");
    assertTrue(copied >= 20000, "copied " + copied);
    assertTrue(copied <= count(backer, "t"));

    // restore into a fresh in-memory database, and back up an in-memory source
    SqliteConnection memory = connect(":memory:");
    await(memory.restore(target));
    assertEquals(copied, count(memory, "t"));
    String second = SqliteTestSupport.newDatabase();
    await(memory.backup(second));
    assertEquals(copied, count(connect(second), "t"));
    // connection to connection: a live file database into another in-memory one
    SqliteConnection other = connect(":memory:");
    await(other.query("CREATE TABLE leftover (x)").execute());
    await(backer.backup(other));
    assertEquals(count(backer, "t"), count(other, "t"));
    assertEquals(List.of("t"), await(other.tables()));
    await(pool.close());
  }

  @Test
  void scalarAggregateWindowAndCollation() {
    SqliteConnection c = connect(":memory:");
    await(c.createFunction("twice", 1, true, args -> args.getLong(0) * 2));
    await(c.createFunction("hex_len", 1, true, args -> args.getBuffer(0).length()));
    await(c.createAggregate("product", 1, true, new SqliteAggregate<Long>() {
      @Override
      public Long initial() {
        return 1L;
      }

      @Override
      public Long step(Long state, Tuple args) {
        return state * args.getLong(0);
      }

      @Override
      public Object result(Long state) {
        return state;
      }
    }));
    await(c.createAggregate("moving_sum", 1, true, new SqliteAggregate<long[]>() {
      @Override
      public long[] initial() {
        return new long[1];
      }

      @Override
      public long[] step(long[] state, Tuple args) {
        state[0] += args.getLong(0);
        return state;
      }

      @Override
      public long[] inverse(long[] state, Tuple args) {
        state[0] -= args.getLong(0);
        return state;
      }

      @Override
      public Object result(long[] state) {
        return state[0];
      }

      @Override
      public boolean isWindow() {
        return true;
      }
    }));
    await(c.createCollation("reverse", (a, b) -> b.compareTo(a)));
    await(c.query("CREATE TABLE n (x INTEGER, s TEXT); INSERT INTO n VALUES (1, 'a'), (2, 'c'), (3, 'b'), (4, 'd')").execute());

    assertEquals(14L, await(c.query("SELECT twice(7)").execute()).iterator().next().getLong(0));
    assertEquals(3L, await(c.query("SELECT hex_len(x'010203')").execute()).iterator().next().getLong(0));
    assertEquals(24L, await(c.query("SELECT product(x) FROM n").execute()).iterator().next().getLong(0));
    List<Long> sums = new ArrayList<>();
    await(c.query("SELECT moving_sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM n").execute())
      .forEach(r -> sums.add(r.getLong(0)));
    assertEquals(List.of(1L, 3L, 5L, 7L), sums);
    List<String> sorted = new ArrayList<>();
    await(c.query("SELECT s FROM n ORDER BY s COLLATE reverse").execute()).forEach(r -> sorted.add(r.getString(0)));
    assertEquals(List.of("d", "c", "b", "a"), sorted);
  }

  @Test
  void aThrowingFunctionFailsTheStatementOnly() {
    SqliteConnection c = connect(":memory:");
    await(c.createFunction("explode", 0, false, args -> {
      throw new IllegalStateException("boom");
    }));
    SqliteException e = assertInstanceOf(SqliteException.class, awaitFailure(c.query("SELECT explode()").execute()));
    assertEquals(1, e.getPrimaryCode());
    assertTrue(e.getMessage().contains("explode") && e.getMessage().contains("boom"), e.getMessage());
    assertEquals(1L, await(c.query("SELECT 1").execute()).iterator().next().getLong(0));
    assertInstanceOf(IllegalArgumentException.class, awaitFailure(c.createFunction("bad name", 0, true, args -> 1)));
  }

  @Test
  void functionsFromOptionsReachEveryPooledConnection() {
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(3))
      .connectingTo(SqliteTestSupport.options(SqliteTestSupport.newDatabase())
        .addFunction("greet", 1, true, args -> "hello " + args.getString(0))
        .addCollation("nocase_rev", (a, b) -> b.compareToIgnoreCase(a)))
      .using(vertx)
      .build();
    List<SqlConnection> held = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      held.add(await(pool.getConnection()));
    }
    for (SqlConnection conn : held) {
      Row row = await(conn.query("SELECT greet('you'), 'a' < 'B' COLLATE nocase_rev").execute()).iterator().next();
      assertEquals("hello you", row.getString(0));
      assertEquals(0L, row.getLong(1));
      await(conn.close());
    }
    // the SQLite API on pooled connections
    await(pool.query("CREATE TABLE pooled (x)").execute());
    assertEquals(List.of("pooled"), await(pool.withConnection(c -> SqliteConnection.cast(c).tables())));
    await(pool.close());
  }
}
