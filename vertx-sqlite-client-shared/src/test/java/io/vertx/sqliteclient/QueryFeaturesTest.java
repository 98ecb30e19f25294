package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vertxsqlite.engine.SqliteEngine;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.spi.DatabaseMetadata;
import io.vertx.sqliteclient.spi.SqliteDriver;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryFeaturesTest extends VertxPerTest {

  private String database;

  @BeforeEach
  void open() {
    database = SqliteTestSupport.newDatabase();
  }

  private SqliteConnection connect(SqliteConnectOptions options) {
    SqliteConnection conn = await(SqliteConnection.connect(vertx, options));
    await(conn.query("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT)").execute());
    return conn;
  }


  @Test
  void lastInsertedIdAndReturning() {
    SqliteConnection conn = connect(SqliteTestSupport.options(database));
    RowSet<Row> insert = await(conn.preparedQuery("INSERT INTO items (name) VALUES (?)").execute(Tuple.of("a")));
    assertEquals(1, insert.rowCount());
    assertEquals(1L, insert.property(SqliteClient.LAST_INSERTED_ID));
    RowSet<Row> second = await(conn.query("INSERT INTO items (name) VALUES ('b')").execute());
    assertEquals(2L, second.property(SqliteClient.LAST_INSERTED_ID));
    RowSet<Row> update = await(conn.query("UPDATE items SET name = upper(name)").execute());
    assertEquals(2, update.rowCount());
    assertNull(update.property(SqliteClient.LAST_INSERTED_ID));
    RowSet<Row> returning = await(conn.preparedQuery("INSERT INTO items (name) VALUES (?1), (?1 || '!') RETURNING id, name")
      .execute(Tuple.of("c")));
    assertEquals(2, returning.size());
    List<Long> ids = new java.util.ArrayList<>();
    List<String> names = new java.util.ArrayList<>();
    returning.forEach(r -> {
      ids.add(r.getLong("id"));
      names.add(r.getString("name"));
    });
    assertEquals(List.of(3L, 4L), ids);
    assertEquals(List.of("c", "c!"), names);
    RowSet<Row> ddl = await(conn.query("CREATE TABLE other (x)").execute());
    assertEquals(0, ddl.rowCount());
  }

  /** Batches of writes take a native path; each parameter set still gets its own count and rowid. */
  @Test
  void batchResultsPerParameterSet() {
    SqliteConnection conn = connect(SqliteTestSupport.options(database));
    RowSet<Row> inserted = await(conn.preparedQuery("INSERT INTO items (name) VALUES (?)")
      .executeBatch(List.of(Tuple.of("a"), Tuple.of("b"), Tuple.of(java.time.LocalDate.of(2026, 11, 23)))));
    List<Long> ids = new java.util.ArrayList<>();
    for (RowSet<Row> r = inserted; r != null; r = r.next()) {
      assertEquals(1, r.rowCount());
      ids.add(r.property(SqliteClient.LAST_INSERTED_ID));
    }
    assertEquals(List.of(1L, 2L, 3L), ids);
    assertEquals("2026-11-23", await(conn.query("SELECT name FROM items WHERE id = 3").execute()).iterator().next().getString(0));

    RowSet<Row> updated = await(conn.preparedQuery("UPDATE items SET name = name || '!' WHERE id <= ?")
      .executeBatch(List.of(Tuple.of(1), Tuple.of(3), Tuple.of(0))));
    List<Integer> counts = new java.util.ArrayList<>();
    for (RowSet<Row> r = updated; r != null; r = r.next()) {
      counts.add(r.rowCount());
      assertNull(r.property(SqliteClient.LAST_INSERTED_ID));
    }
    assertEquals(List.of(1, 3, 0), counts);

    // an INSERT that inserts nothing has no rowid to report
    RowSet<Row> ignored = await(conn.preparedQuery("INSERT OR IGNORE INTO items (id, name) VALUES (?, ?)")
      .executeBatch(List.of(Tuple.of(1, "dup"), Tuple.of(10, "new"))));
    assertEquals(0, ignored.rowCount());
    assertNull(ignored.property(SqliteClient.LAST_INSERTED_ID));
    assertEquals(10L, ignored.next().property(SqliteClient.LAST_INSERTED_ID));

    SqliteException mismatch = assertInstanceOf(SqliteException.class, SqliteTestSupport.awaitFailure(
      conn.preparedQuery("INSERT INTO items (name) VALUES (?)").executeBatch(List.of(Tuple.of("x"), Tuple.of(new Object())))));
    assertEquals("SQLITE_MISMATCH", mismatch.getCodeName());
    assertEquals(4L, await(conn.query("SELECT count(*) FROM items").execute()).iterator().next().getLong(0));
  }

  /** Parameters are encoded while the engine writes: one that cannot be, deep in a batch, still fails it all. */
  @Test
  void aBatchWithABadParameterDeepInsideWritesNothing() {
    SqliteConnection conn = connect(SqliteTestSupport.options(database));
    await(conn.query("CREATE TABLE blobs (b BLOB)").execute());
    List<Tuple> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      rows.add(Tuple.of(io.vertx.core.buffer.Buffer.buffer("row " + i)));
    }
    rows.set(5000, Tuple.of((Object) new String[] {"an", "array"}));
    SqliteException e = assertInstanceOf(SqliteException.class, SqliteTestSupport.awaitFailure(
      conn.preparedQuery("INSERT INTO blobs VALUES (?)").executeBatch(rows)));
    assertEquals("SQLITE_MISMATCH", e.getCodeName());
    assertTrue(e.getMessage().contains("array"), e.getMessage());
    assertEquals(0L, await(conn.query("SELECT count(*) FROM blobs").execute()).iterator().next().getLong(0));
    rows.set(5000, Tuple.of(io.vertx.core.buffer.Buffer.buffer("row 5000")));
    await(conn.preparedQuery("INSERT INTO blobs VALUES (?)").executeBatch(rows));
    assertEquals("row 4999", await(conn.query("SELECT b FROM blobs WHERE rowid = 5000").execute()).iterator().next()
      .getBuffer(0).toString());
  }

  /** Long batches hand their results over in runs while the engine goes on; order and atomicity hold. */
  @Test
  void longBatchesStreamTheirResults() {
    SqliteConnection conn = connect(SqliteTestSupport.options(database));
    List<Tuple> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      rows.add(Tuple.of("n" + i));
    }
    RowSet<Row> inserted = await(conn.preparedQuery("INSERT INTO items (name) VALUES (?)").executeBatch(rows));
    long expected = 1;
    int count = 0;
    for (RowSet<Row> r = inserted; r != null; r = r.next()) {
      assertEquals(expected++, r.property(SqliteClient.LAST_INSERTED_ID));
      count++;
    }
    assertEquals(1500, count);

    // a failure after the first run was handed over still fails the whole batch, and writes nothing
    List<Tuple> failing = new java.util.ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      failing.add(i == 1200 ? Tuple.of(1, "dup") : Tuple.of(10_000 + i, "m" + i));
    }
    SqliteException e = assertInstanceOf(SqliteException.class, SqliteTestSupport.awaitFailure(
      conn.preparedQuery("INSERT INTO items (id, name) VALUES (?, ?)").executeBatch(failing)));
    assertEquals(1555, e.getExtendedCode());
    assertEquals(1500L, await(conn.query("SELECT count(*) FROM items").execute()).iterator().next().getLong(0));

    // so does a collector failing on a result of the first run
    AtomicInteger finished = new AtomicInteger();
    java.util.stream.Collector<Row, ?, Integer> failsAt100 = java.util.stream.Collector.of(
      () -> new int[1], (a, row) -> a[0]++, (a, b) -> a, a -> {
        if (finished.incrementAndGet() == 100) {
          throw new IllegalStateException("collector failed");
        }
        return a[0];
      });
    Throwable collectorFailure = SqliteTestSupport.awaitFailure(conn.preparedQuery("UPDATE items SET name = name WHERE id = ?")
      .collecting(failsAt100).executeBatch(rows.subList(0, 1000).stream().map(t -> Tuple.of(1)).collect(java.util.stream.Collectors.toList())));
    assertEquals("collector failed", collectorFailure.getMessage());
  }

  @Test
  void placeholders() {
    SqliteConnection conn = connect(SqliteTestSupport.options(database));
    Row numbered = await(conn.preparedQuery("SELECT ?2, ?1, ?2").execute(Tuple.of("one", "two"))).iterator().next();
    assertEquals(List.of("two", "one", "two"), List.of(numbered.getString(0), numbered.getString(1), numbered.getString(2)));
    // named parameters are numbered by first appearance: tuple positions follow that order
    Row named = await(conn.preparedQuery("SELECT :b, :a, :b").execute(Tuple.of("B", "A"))).iterator().next();
    assertEquals(List.of("B", "A", "B"), List.of(named.getString(0), named.getString(1), named.getString(2)));
    StringBuilder sb = new StringBuilder("SELECT ");
    SqliteDriver.INSTANCE.appendQueryPlaceholder(sb, 0, 0);
    assertEquals(1, SqliteDriver.INSTANCE.appendQueryPlaceholder(sb.append(", "), 1, 1));
    assertEquals("SELECT ?1, ?2", sb.toString());
  }

  @Test
  void aSimpleQueryRunsEveryStatement() {
    SqliteConnection conn = connect(SqliteTestSupport.options(database));
    RowSet<Row> first = await(conn.query(
      "INSERT INTO items (name) VALUES ('x'); INSERT INTO items (name) VALUES ('y;z'); SELECT name FROM items ORDER BY id").execute());
    assertEquals(1, first.rowCount());
    RowSet<Row> second = first.next();
    assertEquals(1, second.rowCount());
    RowSet<Row> third = second.next();
    assertEquals(2, third.size());
    List<String> names = new java.util.ArrayList<>();
    third.forEach(r -> names.add(r.getString("name")));
    assertEquals(List.of("x", "y;z"), names);
    await(conn.query("CREATE TRIGGER trg AFTER INSERT ON items BEGIN UPDATE items SET name = name || '+' WHERE id = new.id; END;"
      + " INSERT INTO items (name) VALUES ('t')").execute());
    assertEquals("t+", await(conn.query("SELECT name FROM items ORDER BY id DESC LIMIT 1").execute()).iterator().next().getString(0));
  }

  @Test
  void metadataAndSystem() {
    SqliteConnection conn = connect(SqliteTestSupport.options(database));
    DatabaseMetadata md = conn.databaseMetadata();
    assertEquals("SQLite", md.productName());
    assertEquals(3, md.majorVersion());
    assertTrue(md.minorVersion() >= 53, md.fullVersion());
    assertEquals("sqlite", LineAccess.system(conn));
  }

  @Test
  void genericApiFindsTheDriver() {
    Pool pool = Pool.pool(vertx, SqlConnectOptions.fromUri("sqlite:" + database + "?foreign_keys=on"), new PoolOptions().setMaxSize(2));
    Row row = await(pool.query("PRAGMA foreign_keys").execute()).iterator().next();
    assertEquals(1L, row.getValue(0));
    await(pool.close());
  }

  @Test
  void connectHandlerRunsOnEveryNewConnection() {
    AtomicInteger initialised = new AtomicInteger();
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(2))
      .connectingTo(SqliteTestSupport.options(database))
      .withConnectHandler(conn -> conn.query("PRAGMA recursive_triggers = on").execute()
        .onComplete(ar -> {
          initialised.incrementAndGet();
          conn.close();
        }))
      .using(vertx)
      .build();
    await(Future.all(pool.query("SELECT 1").execute(), pool.query("SELECT 1").execute()));
    assertTrue(initialised.get() >= 1);
    await(pool.close());
  }

  @Test
  void transactions() {
    Pool pool = SqliteTestSupport.pool(vertx, database, 2);
    await(pool.query("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)").execute());
    await(pool.withTransaction(c -> c.query("INSERT INTO items (name) VALUES ('kept')").execute()));
    Throwable failure = SqliteTestSupport.awaitFailure(pool.withTransaction(c -> c.query("INSERT INTO items (name) VALUES ('gone')").execute()
      .compose(r -> c.query("SELECT * FROM missing").execute())));
    assertInstanceOf(SqliteException.class, failure);
    RowSet<Row> rows = await(pool.query("SELECT name FROM items").execute());
    assertEquals(1, rows.size());
    assertEquals("kept", rows.iterator().next().getString(0));
    await(pool.close());
  }

  @Test
  void statementCacheHonoursSizeFilterAndSwitch() {
    SqliteConnection cached = connect(SqliteTestSupport.options(database).setPreparedStatementCacheMaxSize(2));
    for (int i = 0; i < 5; i++) {
      await(cached.preparedQuery("SELECT " + i + ", ?").execute(Tuple.of(i)));
    }
    assertEquals(2, SqliteTestSupport.engineCounts(cached)[0]);

    SqliteConnection filtered = connect(SqliteTestSupport.options(database).setPreparedStatementCacheSqlFilter(sql -> !sql.contains("nocache")));
    await(filtered.preparedQuery("SELECT 'nocache'").execute());
    assertEquals(0, SqliteTestSupport.engineCounts(filtered)[0]);
    await(filtered.preparedQuery("SELECT 'cache me'").execute());
    assertEquals(1, SqliteTestSupport.engineCounts(filtered)[0]);

    SqliteConnection off = connect(SqliteTestSupport.options(database).setCachePreparedStatements(false));
    await(off.preparedQuery("SELECT 1").execute());
    assertEquals(0, SqliteTestSupport.engineCounts(off)[0]);
    // a managed statement stays compiled while open, even with the cache off
    PreparedStatement ps = await(off.prepare("SELECT ?"));
    assertEquals(1, SqliteTestSupport.engineCounts(off)[0]);
    assertEquals("v", await(ps.query().execute(Tuple.of("v"))).iterator().next().getString(0));
    await(ps.close());
    assertEquals(0, SqliteTestSupport.engineCounts(off)[0]);
  }

  @Test
  void cursorsAreReleased() {
    SqliteConnection conn = connect(SqliteTestSupport.options(database));
    await(conn.query("INSERT INTO items (name) VALUES ('a'), ('b'), ('c')").execute());
    PreparedStatement ps = await(conn.prepare("SELECT name FROM items"));
    io.vertx.sqlclient.Cursor cursor = ps.cursor();
    await(cursor.read(1));
    assertEquals(1, SqliteTestSupport.engineCounts(conn)[1]);
    await(cursor.close());
    assertEquals(0, SqliteTestSupport.engineCounts(conn)[1]);
  }
}
