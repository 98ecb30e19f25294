package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.QuarkusUnitTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqliteclient.SqliteException;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code quarkus.datasource.reactive.sqlite.*} reaches every connection of the pool. */
class SqliteConfigGroupTest {

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite:target/config-group.db")
      .overrideConfigKey("quarkus.datasource.reactive.max-size", "2")
      .overrideConfigKey("quarkus.datasource.reactive.sqlite.journal-mode", "truncate")
      .overrideConfigKey("quarkus.datasource.reactive.sqlite.synchronous", "full")
      .overrideConfigKey("quarkus.datasource.reactive.sqlite.busy-timeout", "150ms")
      .overrideConfigKey("quarkus.datasource.reactive.sqlite.foreign-keys", "false")
      .overrideConfigKey("quarkus.datasource.reactive.sqlite.transaction-mode", "exclusive")
      .overrideConfigKey("quarkus.datasource.reactive.sqlite.pragmas.cache_size", "-4000")
      .overrideConfigKey("quarkus.datasource.reactive.sqlite.pipelining-limit", "1");

  @Inject
  Pool pool;

  @Test
  void pragmasAreApplied() {
    assertEquals("truncate", pragma("journal_mode"));
    assertEquals("2", pragma("synchronous")); // FULL
    assertEquals("150", pragma("busy_timeout"));
    assertEquals("0", pragma("foreign_keys"));
    assertEquals("-4000", pragma("cache_size"));
  }

  /** EXCLUSIVE outside WAL keeps readers out; the reader gives up after the 150 ms busy timeout with SQLITE_BUSY. */
  @Test
  void exclusiveTransactionsLockReadersOutUntilTheBusyTimeout() {
    await(pool.query("CREATE TABLE IF NOT EXISTS t(v INTEGER)").execute());
    SqlConnection writer = await(pool.getConnection());
    try {
      Transaction tx = await(writer.begin());
      await(writer.query("INSERT INTO t VALUES (1)").execute());
      CompletionException failure = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
          () -> await(pool.query("SELECT count(*) FROM t").execute()));
      SqliteException busy = assertInstanceOf(SqliteException.class, failure.getCause());
      assertEquals(5, busy.getPrimaryCode()); // SQLITE_BUSY
      await(tx.rollback());
    } finally {
      await(writer.close());
    }
  }

  /** pipelining-limit 1: no pipelined lane, so with every connection held a one-shot query waits for one. */
  @Test
  void pipeliningLimitOneKeepsOneLane() throws Exception {
    SqlConnection a = await(pool.getConnection());
    SqlConnection b = await(pool.getConnection());
    io.vertx.core.Future<?> waiting = pool.query("SELECT 1").execute();
    Thread.sleep(200);
    org.junit.jupiter.api.Assertions.assertFalse(waiting.isComplete());
    assertEquals(2, pool.size());
    await(a.close());
    await(waiting);
    await(b.close());
  }

  private String pragma(String name) {
    return String.valueOf(await(pool.query("PRAGMA " + name).execute()).iterator().next().getValue(0));
  }

  private static <T> T await(io.vertx.core.Future<T> future) {
    return future.toCompletionStage().toCompletableFuture().join();
  }
}
