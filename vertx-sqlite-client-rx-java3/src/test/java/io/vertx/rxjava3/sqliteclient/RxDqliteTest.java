package io.vertx.rxjava3.sqliteclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import io.vertx.dqliteclient.DqliteBuilder;
import io.vertx.dqliteclient.DqliteCluster;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.rxjava3.core.Vertx;
import io.vertx.rxjava3.sqlclient.Pool;
import io.vertx.rxjava3.sqlclient.Row;
import io.vertx.rxjava3.sqlclient.RowSet;
import io.vertx.rxjava3.sqlclient.Tuple;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqliteclient.SqliteException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dqlite pool through the SQL client's own generated RxJava 3 API: no dqlite-specific bindings, {@code
 * Pool.newInstance} wraps the core pool. Runs on a real three-node cluster (skipped without go-dqlite).
 */
class RxDqliteTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static DqliteCluster cluster;

  private Vertx vertx;
  private Pool pool;

  @BeforeAll
  static void startCluster() {
    DqliteCluster.assumeAvailable();
    cluster = DqliteCluster.start(3);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    // a database of its own per test: each name is a separate SQLite database on the cluster
    String uri = cluster.uri("rx" + DATABASES.incrementAndGet());
    // tag::rx-dqlite-pool[]
    pool = Pool.newInstance(DqliteBuilder.pool()                  // io.vertx.rxjava3.sqlclient.Pool
      .with(new PoolOptions().setMaxSize(2))
      .connectingTo(DqliteConnectOptions.fromUri(uri))            // dqlite://host:port,host:port,.../database
      .using(vertx.getDelegate())                                 // the core Vertx behind io.vertx.rxjava3.core.Vertx
      .build());
    // end::rx-dqlite-pool[]
    pool.query("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)").rxExecute().blockingGet();
  }

  @AfterEach
  void stop() {
    vertx.rxClose().blockingAwait();
  }

  private long count() {
    return pool.query("SELECT count(*) FROM item").rxExecute().blockingGet().iterator().next().getLong(0);
  }

  @Test
  void queriesAsSingles() {
    Single<RowSet<Row>> inserted = pool.preparedQuery("INSERT INTO item (name) VALUES (?), (?)")
      .rxExecute(Tuple.of("a", "b"));
    RowSet<Row> rows = inserted.blockingGet();
    assertEquals(2, rows.rowCount());
    assertEquals(2L, rows.property(SqliteClient.LAST_INSERTED_ID));   // the generated io.vertx.rxjava3.sqliteclient one
    assertEquals(2L, count());
    String name = pool.preparedQuery("SELECT name FROM item WHERE id = ?").rxExecute(Tuple.of(2))
      .map(result -> result.iterator().next().getString("name"))
      .blockingGet();
    assertEquals("b", name);
    Throwable failed = pool.query("SELECT * FROM missing").rxExecute()
      .ignoreElement().materialize().blockingGet().getError();
    assertInstanceOf(SqliteException.class, failed);
  }

  @Test
  void aTransactionCommits() {
    Single<Long> total = pool.withTransaction(conn -> conn
        .preparedQuery("INSERT INTO item (name) VALUES (?)").rxExecute(Tuple.of("x"))
        .flatMap(rows -> conn.query("SELECT count(*) FROM item").rxExecute())
        .flatMapMaybe(rows -> Maybe.just(rows.iterator().next().getLong(0))))
      .toSingle();                                                // committed once the Maybe succeeds
    assertEquals(1L, total.blockingGet());
    assertEquals(1L, count());
    // a Maybe completing empty commits too
    Object none = pool.withTransaction(conn -> conn.query("INSERT INTO item (name) VALUES ('y')").rxExecute()
      .flatMapMaybe(rows -> Maybe.empty())).blockingGet();
    assertNull(none);
    assertEquals(2L, count());
  }

  @Test
  void aTransactionRollsBackOnError() {
    pool.query("INSERT INTO item (name) VALUES ('kept')").rxExecute().blockingGet();
    // a failing statement
    Throwable sqlFailure = pool.withTransaction(conn -> conn.query("INSERT INTO item (name) VALUES ('z')").rxExecute()
        .flatMap(rows -> conn.query("SELECT * FROM missing").rxExecute())
        .flatMapMaybe(rows -> Maybe.just(rows.size())))
      .ignoreElement().materialize().blockingGet().getError();
    assertInstanceOf(SqliteException.class, sqlFailure);
    // an error of our own after a successful write
    Throwable ownFailure = pool.withTransaction(conn -> conn.query("INSERT INTO item (name) VALUES ('w')").rxExecute()
        .flatMapMaybe(rows -> Maybe.error(new IllegalStateException("changed my mind"))))
      .ignoreElement().materialize().blockingGet().getError();
    assertInstanceOf(IllegalStateException.class, ownFailure);
    List<String> names = pool.query("SELECT name FROM item").rxExecute()
      .flatMapPublisher(rows -> Flowable.fromIterable(rows)).map(row -> row.getString(0)).toList().blockingGet();
    assertEquals(List.of("kept"), names);
  }

  @Test
  void aRowStreamAsAFlowable() {
    // tag::rx-dqlite-stream[]
    Flowable<Long> numbers = pool.rxGetConnection().flatMapPublisher(conn -> conn
      .rxPrepare("WITH RECURSIVE s(x) AS (VALUES(1) UNION ALL SELECT x+1 FROM s WHERE x<?) SELECT x FROM s")
      .flatMapPublisher(ps -> ps.createStream(100, Tuple.of(5000)).toFlowable())  // 100 rows per fetch
      .map((Row row) -> row.getLong(0))
      .doFinally(conn::close));
    // end::rx-dqlite-stream[]
    List<Long> xs = numbers.toList().blockingGet();
    assertEquals(5000, xs.size());
    assertEquals(1L, xs.get(0));
    assertEquals(5000L, xs.get(4999));
    assertEquals(5000L * 5001 / 2, xs.stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void aFlowableCancelledEarlyLeavesTheConnectionUsable() {
    // take(10) cancels the Flowable, which sets the RowStream's handler to null and so closes its cursor with
    // rows still unsent (the driver sends INTERRUPT): the connection's next query must still get its answer
    List<Long> after = pool.rxGetConnection().flatMap(conn -> conn
        .rxPrepare("WITH RECURSIVE s(x) AS (VALUES(1) UNION ALL SELECT x+1 FROM s WHERE x<50000) SELECT x FROM s")
        .flatMapPublisher(ps -> ps.createStream(100).toFlowable())
        .map((Row row) -> row.getLong(0))
        .take(10)
        .toList()
        .flatMap(first -> conn.query("SELECT 7").rxExecute()
          .map(rows -> List.of((long) first.size(), first.get(9), rows.iterator().next().getLong(0))))
        .doFinally(conn::close))
      .blockingGet();
    assertEquals(List.of(10L, 10L, 7L), after);
  }
}
