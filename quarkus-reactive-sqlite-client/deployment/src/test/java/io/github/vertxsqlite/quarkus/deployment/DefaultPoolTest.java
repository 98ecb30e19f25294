package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.test.QuarkusUnitTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqlitePool;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The default datasource: db-kind comes from the extension itself, both pool beans are injectable and share data. */
class DefaultPoolTest {

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite::memory:");

  @Inject
  Pool pool;

  @Inject
  io.vertx.mutiny.sqlclient.Pool mutinyPool;

  @Inject
  SqlitePool sqlitePool;

  @Inject
  io.vertx.mutiny.sqliteclient.SqlitePool mutinySqlitePool;

  @Test
  void theSqliteTypesAreTheSameBeansAndRunEngineTransactions() {
    assertSame(pool.getClass(), sqlitePool.getClass());
    sqlitePool.query("CREATE TABLE counter(n INTEGER NOT NULL)").execute()
        .compose(r -> sqlitePool.query("INSERT INTO counter VALUES (0)").execute())
        .toCompletionStage().toCompletableFuture().join();
    Long n = mutinySqlitePool.withEngineTransaction(tx -> {
      tx.execute("UPDATE counter SET n = n + 1");
      return tx.execute("SELECT n FROM counter").iterator().next().getLong(0);
    }).await().atMost(Duration.ofSeconds(10));
    assertEquals(1L, n);
    assertEquals(2L, sqlitePool.withEngineTransaction(tx -> {
      tx.execute("UPDATE counter SET n = n + 1");
      return tx.execute("SELECT n FROM counter").iterator().next().getLong(0);
    }).toCompletionStage().toCompletableFuture().join());
  }

  @Test
  void vertxAndMutinyPoolsReachTheSameDatabase() {
    pool.query("CREATE TABLE fruit(id INTEGER PRIMARY KEY, name TEXT NOT NULL)").execute()
        .compose(r -> pool.preparedQuery("INSERT INTO fruit(name) VALUES (?)").execute(Tuple.of("kiwi")))
        .toCompletionStage().toCompletableFuture().join();

    Row row = mutinyPool.preparedQuery("SELECT id, name FROM fruit WHERE name = ?").execute(
            io.vertx.mutiny.sqlclient.Tuple.of("kiwi"))
        .map(rows -> rows.iterator().next().getDelegate())
        .await().atMost(Duration.ofSeconds(10));
    assertEquals(1, row.getInteger("id"));
    assertEquals("kiwi", row.getString("name"));
  }
}
