package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;
import static io.vertx.sqliteclient.examples.Await.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {

  private Vertx vertx;
  private Pool pool;



  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    pool = SqliteBuilder.pool().connectingTo(new SqliteConnectOptions()).using(vertx).build();
    await(pool.query("CREATE TABLE counter (n INTEGER); INSERT INTO counter VALUES (0)").execute());
  }

  @AfterEach
  void stop() throws Exception {
    await(vertx.close());
  }

  @Test
  void transientFailuresAreRetriedAndRolledBack() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    int result = await(Retry.withTransaction(vertx, pool, 5, conn -> conn.query("UPDATE counter SET n = n + 1").execute()
      .compose(r -> attempts.incrementAndGet() < 3
        ? Future.failedFuture(new SqliteException("database is locked", 5, "SQLITE_BUSY"))
        : Future.succeededFuture(42))));
    assertEquals(42, result);
    assertEquals(3, attempts.get());
    // the two failed attempts were rolled back: one increment only
    assertEquals(1L, await(pool.query("SELECT n FROM counter").execute()).iterator().next().getLong(0));
  }

  @Test
  void otherFailuresAndExhaustedAttemptsFail() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    Throwable syntax = failure(Retry.withTransaction(vertx, pool, 5, conn -> {
      attempts.incrementAndGet();
      return conn.query("SELEC 1").execute();
    }));
    assertEquals(1, attempts.get());
    assertEquals(1, assertInstanceOf(SqliteException.class, syntax).getPrimaryCode());
    Throwable busy = failure(Retry.withTransaction(vertx, pool, 2, conn ->
      Future.failedFuture(new SqliteException("database is locked", 5, "SQLITE_BUSY"))));
    assertEquals(5, assertInstanceOf(SqliteException.class, busy).getPrimaryCode());
  }
}
