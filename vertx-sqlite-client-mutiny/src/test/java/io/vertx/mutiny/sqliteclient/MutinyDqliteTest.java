package io.vertx.mutiny.sqliteclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.dqliteclient.DqliteBuilder;
import io.vertx.dqliteclient.DqliteCluster;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.LeadershipException;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqliteclient.SqliteException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dqlite pool (Vert.x 4.5 line) through the SQL client's own generated Mutiny API: no dqlite-specific bindings,
 * {@code Pool.newInstance} wraps the core pool. Runs on a real three-node cluster (skipped without go-dqlite).
 */
class MutinyDqliteTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
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
    String uri = cluster.uri("mutiny" + DATABASES.incrementAndGet());
    // tag::mutiny-dqlite-pool[]
    pool = Pool.newInstance(DqliteBuilder.pool()                  // io.vertx.mutiny.sqlclient.Pool
      .with(new PoolOptions().setMaxSize(2))
      .connectingTo(DqliteConnectOptions.fromUri(uri))            // dqlite://host:port,host:port,.../database
      .using(vertx.getDelegate())                                 // the core Vertx behind io.vertx.mutiny.core.Vertx
      .build());
    // end::mutiny-dqlite-pool[]
    pool.query("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)").execute().await().atMost(WAIT);
  }

  @AfterEach
  void stop() {
    vertx.closeAndAwait();
  }

  private long count() {
    return pool.query("SELECT count(*) FROM item").executeAndAwait().iterator().next().getLong(0);
  }

  @Test
  void queriesAsUnis() {
    Uni<Long> count = pool.preparedQuery("INSERT INTO item (name) VALUES (?), (?)").execute(Tuple.of("a", "b"))
      .chain(() -> pool.query("SELECT count(*) FROM item").execute())
      .map(rows -> rows.iterator().next().getLong(0));
    assertEquals(2L, count.await().atMost(WAIT));
    Throwable failed = pool.query("SELECT * FROM missing").execute()
      .onItemOrFailure().transform((rows, err) -> err)
      .await().atMost(WAIT);
    assertInstanceOf(SqliteException.class, failed);
  }

  @Test
  void aTransactionCommitsOrRollsBack() {
    // tag::mutiny-dqlite-transaction[]
    Uni<Integer> inserted = pool.withTransaction(conn -> conn
      .query("INSERT INTO item (name) VALUES ('x'), ('y')").execute()
      .map(rows -> rows.rowCount()));                             // committed on the cluster's quorum
    // end::mutiny-dqlite-transaction[]
    assertEquals(2, inserted.await().atMost(WAIT));
    Throwable failed = pool.withTransaction(conn -> conn.query("INSERT INTO item (name) VALUES ('z')").execute()
        .chain(() -> conn.query("SELECT * FROM missing").execute()))
      .onItemOrFailure().transform((rows, err) -> err)
      .await().atMost(WAIT);
    assertInstanceOf(SqliteException.class, failed);
    assertFalse(failed instanceof LeadershipException, "an SQL error, not a leadership one");
    assertEquals(2L, count());
  }

  @Test
  void aRowStreamAsAMulti() {
    Multi<Long> numbers = pool.getConnection().onItem().transformToMulti(conn -> conn
      .prepare("WITH RECURSIVE s(x) AS (VALUES(1) UNION ALL SELECT x+1 FROM s WHERE x<?) SELECT x FROM s")
      .onItem().transformToMulti(ps -> ps.createStream(100, Tuple.of(5000)).toMulti())  // 100 rows per fetch
      .map((Row row) -> row.getLong(0))
      .onTermination().call(conn::close));
    List<Long> xs = numbers.collect().asList().await().atMost(WAIT);
    assertEquals(5000, xs.size());
    assertEquals(1L, xs.get(0));
    assertEquals(5000L, xs.get(4999));
  }

  @Test
  void aMultiCancelledEarlyLeavesTheConnectionUsable() {
    // select().first(10) cancels the Multi, which closes the cursor with rows still unsent (the driver sends
    // INTERRUPT): the connection's next query must still get its answer
    List<Long> after = pool.getConnection().chain(conn -> conn
        .prepare("WITH RECURSIVE s(x) AS (VALUES(1) UNION ALL SELECT x+1 FROM s WHERE x<50000) SELECT x FROM s")
        .onItem().transformToMulti(ps -> ps.createStream(100).toMulti())
        .map((Row row) -> row.getLong(0))
        .select().first(10)
        .collect().asList()
        .chain(first -> conn.query("SELECT 7").execute()
          .map(rows -> List.of((long) first.size(), first.get(9), rows.iterator().next().getLong(0))))
        .eventually(conn::close))
      .await().atMost(WAIT);
    assertEquals(List.of(10L, 10L, 7L), after);
  }
}
