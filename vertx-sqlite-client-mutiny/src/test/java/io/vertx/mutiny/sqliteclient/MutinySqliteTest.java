package io.vertx.mutiny.sqliteclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Vert.x 4.5 driver through the generated Mutiny API: Uni for queries and transactions, Multi for streams. */
class MutinySqliteTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private Vertx vertx;
  private Pool pool;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    Path dir = Files.createDirectories(Path.of("target"));
    String db = dir.resolve("mutiny-" + System.nanoTime() + ".db").toString();
    // tag::mutiny-pool[]
    pool = SqliteBuilder.pool()                                   // io.vertx.mutiny.sqliteclient.SqliteBuilder
      .with(new PoolOptions().setMaxSize(2))
      .connectingTo(new SqliteConnectOptions().setDatabase(db))
      .using(vertx)                                               // io.vertx.mutiny.core.Vertx
      .build();
    // end::mutiny-pool[]
    pool.query("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)").execute().await().atMost(WAIT);
  }

  @AfterEach
  void stop() {
    vertx.closeAndAwait();
  }

  @Test
  void queriesAsUnis() {
    // tag::mutiny-query[]
    Uni<Long> count = pool.preparedQuery("INSERT INTO item (name) VALUES (?)").execute(Tuple.of("a"))
      .chain(() -> pool.query("SELECT count(*) FROM item").execute())
      .map(rows -> rows.iterator().next().getLong(0));
    // end::mutiny-query[]
    assertEquals(1L, count.await().atMost(WAIT));
    SqliteConnection conn = SqliteConnection.connectAndAwait(vertx, new SqliteConnectOptions());
    assertEquals(List.of(), conn.tablesAndAwait());
    conn.closeAndAwait();
  }

  @Test
  void aTransactionAsAUni() {
    // tag::mutiny-transaction[]
    Uni<Integer> inserted = pool.withTransaction(conn -> conn
      .query("INSERT INTO item (name) VALUES ('x'), ('y')").execute()
      .map(rows -> rows.rowCount()));
    // end::mutiny-transaction[]
    assertEquals(2, inserted.await().atMost(WAIT));
    Throwable failed = pool.withTransaction(conn -> conn.query("INSERT INTO item (name) VALUES ('z')").execute()
        .chain(() -> conn.query("SELECT * FROM missing").execute()))
      .onItemOrFailure().transform((rows, err) -> err)
      .await().atMost(WAIT);
    assertInstanceOf(SqliteException.class, failed);
    assertEquals(2L, pool.query("SELECT count(*) FROM item").executeAndAwait().iterator().next().getLong(0));
  }

  @Test
  void anEngineTransactionAsAUni() {
    // tag::mutiny-engine-transaction[]
    Uni<Long> count = SqlitePool.cast(pool).withEngineTransaction(tx -> {   // tx: io.vertx.sqliteclient.EngineTransaction
      tx.execute("INSERT INTO item (name) VALUES (?)", io.vertx.sqlclient.Tuple.of("e"));
      return tx.execute("SELECT count(*) FROM item").iterator().next().getLong(0);
    });
    // end::mutiny-engine-transaction[]
    assertEquals(1L, count.await().atMost(WAIT));
    Throwable failed = SqlitePool.cast(pool).withEngineTransaction(tx -> tx.execute("SELECT * FROM missing").size())
      .onItemOrFailure().transform((n, err) -> err)
      .await().atMost(WAIT);
    assertInstanceOf(SqliteException.class, failed);
  }

  @Test
  void aRowStreamAsAMulti() {
    pool.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000) "
      + "INSERT INTO item (name) SELECT 'n' || x FROM n").executeAndAwait();
    // tag::mutiny-stream[]
    Multi<Long> ids = pool.getConnection().onItem().transformToMulti(conn -> conn
      .prepare("SELECT id FROM item ORDER BY id")
      .onItem().transformToMulti(statement -> statement.createStream(50).toMulti())
      .map(row -> row.getLong("id"))
      .onTermination().call(conn::close));
    // end::mutiny-stream[]
    List<Long> all = ids.collect().asList().await().atMost(WAIT);
    assertEquals(1000, all.size());
    assertEquals(1L, all.get(0));
    assertEquals(1000L, all.get(999));
  }

  @Test
  void sqliteSpecificsAreThere() {
    SqliteConnection conn = SqliteConnection.connectAndAwait(vertx, new SqliteConnectOptions());
    conn.executeScriptAndAwait("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2);");
    assertEquals(2L, conn.totalChangesAndAwait());
    assertEquals(1, conn.readPragmaAndAwait("foreign_keys").get(0).getInteger("foreign_keys"));
    conn.closeAndAwait();
  }
}
