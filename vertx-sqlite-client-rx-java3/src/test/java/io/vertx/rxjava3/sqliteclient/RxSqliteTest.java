package io.vertx.rxjava3.sqliteclient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import io.vertx.rxjava3.core.Vertx;
import io.vertx.rxjava3.sqlclient.Pool;
import io.vertx.rxjava3.sqlclient.Row;
import io.vertx.rxjava3.sqlclient.Tuple;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driver through the generated RxJava 3 API: Single for queries, Maybe for transactions, Flowable for streams. */
class RxSqliteTest {

  private Vertx vertx;
  private Pool pool;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    Path dir = Files.createDirectories(Path.of("target"));
    String db = dir.resolve("rx-" + System.nanoTime() + ".db").toString();
    // tag::rx-pool[]
    pool = SqliteBuilder.pool()                                   // io.vertx.rxjava3.sqliteclient.SqliteBuilder
      .with(new PoolOptions().setMaxSize(2))
      .connectingTo(new SqliteConnectOptions().setDatabase(db))
      .using(vertx)                                               // io.vertx.rxjava3.core.Vertx
      .build();
    // end::rx-pool[]
    pool.query("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)").rxExecute().blockingGet();
  }

  @AfterEach
  void stop() {
    vertx.rxClose().blockingAwait();
  }

  @Test
  void queriesAsSingles() {
    pool.preparedQuery("INSERT INTO item (name) VALUES (?)").rxExecute(Tuple.of("a")).blockingGet();
    long count = pool.query("SELECT count(*) FROM item").rxExecute()
      .map(rows -> rows.iterator().next().getLong(0))
      .blockingGet();
    assertEquals(1L, count);
    SqliteConnection conn = SqliteConnection.rxConnect(vertx, new SqliteConnectOptions()).blockingGet();
    assertEquals(List.of(), conn.rxTables().blockingGet());
    conn.rxClose().blockingAwait();
  }

  @Test
  void aTransactionAsAMaybe() {
    // tag::rx-transaction[]
    Maybe<Integer> inserted = pool.withTransaction(conn -> conn
      .query("INSERT INTO item (name) VALUES ('x'), ('y')").rxExecute()
      .flatMapMaybe(rows -> Maybe.just(rows.rowCount())));
    // end::rx-transaction[]
    assertEquals(2, inserted.blockingGet());
    Throwable failed = pool.withTransaction(conn -> conn.query("INSERT INTO item (name) VALUES ('z')").rxExecute()
        .flatMap(rows -> conn.query("SELECT * FROM missing").rxExecute())
        .flatMapMaybe(rows -> Maybe.just(rows.size())))
      .ignoreElement().materialize().blockingGet().getError();
    assertEquals(io.vertx.sqliteclient.SqliteException.class, failed == null ? null : failed.getClass());
    assertEquals(2L, pool.query("SELECT count(*) FROM item").rxExecute().blockingGet().iterator().next().getLong(0));
  }

  @Test
  void anEngineTransactionAsASingle() {
    // tag::rx-engine-transaction[]
    Single<Long> count = SqlitePool.cast(pool).withEngineTransaction(tx -> {   // tx: io.vertx.sqliteclient.EngineTransaction
      tx.execute("INSERT INTO item (name) VALUES (?)", io.vertx.sqlclient.Tuple.of("e"));
      return tx.execute("SELECT count(*) FROM item").iterator().next().getLong(0);
    });
    // end::rx-engine-transaction[]
    assertEquals(1L, count.blockingGet());
    Throwable failed = SqlitePool.cast(pool).withEngineTransaction(tx -> tx.execute("SELECT * FROM missing").size())
      .ignoreElement().materialize().blockingGet().getError();
    assertEquals(io.vertx.sqliteclient.SqliteException.class, failed == null ? null : failed.getClass());
  }

  @Test
  void aRowStreamAsAFlowable() {
    pool.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000) "
      + "INSERT INTO item (name) SELECT 'n' || x FROM n").rxExecute().blockingGet();
    // tag::rx-stream[]
    Flowable<Long> idStream = pool.rxGetConnection().flatMapPublisher(conn -> conn
      .rxPrepare("SELECT id FROM item ORDER BY id")
      .flatMapPublisher(ps -> ps.createStream(50).toFlowable())   // 50 rows per fetch, back-pressured
      .map((Row row) -> row.getLong(0))
      .doFinally(conn::close));
    // end::rx-stream[]
    List<Long> ids = idStream.toList().blockingGet();
    assertEquals(1000, ids.size());
    assertEquals(1000L, (long) Flowable.fromIterable(ids).reduce(0L, (a, b) -> a + 1).blockingGet());
    assertEquals(500500L, ids.stream().mapToLong(Long::longValue).sum());
  }
}
