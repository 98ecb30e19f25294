package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Named datasources get their own pools, injected with {@code @ReactiveDataSource("name")}, each on its own file. */
class NamedPoolsTest {

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite:target/named-default.db")
      .overrideConfigKey("quarkus.datasource.users.db-kind", "sqlite")
      // the JDBC-era "vertx-reactive:" prefix is accepted
      .overrideConfigKey("quarkus.datasource.users.reactive.url", "vertx-reactive:sqlite:target/named-users.db")
      .overrideConfigKey("quarkus.datasource.users.reactive.max-size", "2");

  @Inject
  Pool defaultPool;

  // tag::named-pool[]
  @Inject
  @ReactiveDataSource("users")
  Pool usersPool;

  @Inject
  @ReactiveDataSource("users")
  io.vertx.mutiny.sqlclient.Pool mutinyUsersPool;
  // end::named-pool[]

  @Test
  void eachDataSourceHasItsOwnDatabase() {
    await(defaultPool.query("CREATE TABLE IF NOT EXISTS marker(v TEXT)").execute()
        .compose(r -> defaultPool.query("DELETE FROM marker").execute())
        .compose(r -> defaultPool.query("INSERT INTO marker VALUES ('default')").execute()));
    await(usersPool.query("CREATE TABLE IF NOT EXISTS marker(v TEXT)").execute()
        .compose(r -> usersPool.query("DELETE FROM marker").execute())
        .compose(r -> usersPool.query("INSERT INTO marker VALUES ('users')").execute()));

    assertEquals("default", await(defaultPool.query("SELECT v FROM marker").execute()).iterator().next().getString(0));
    String fromMutiny = mutinyUsersPool.query("SELECT v FROM marker").execute()
        .map(rows -> rows.iterator().next().getString(0)).await().atMost(Duration.ofSeconds(10));
    assertEquals("users", fromMutiny);
    assertEquals("named-users.db", await(usersPool.query("PRAGMA database_list").execute())
        .iterator().next().getString("file").replaceAll(".*[/\\\\]", ""));
  }

  private static <T> T await(io.vertx.core.Future<T> future) {
    return future.toCompletionStage().toCompletableFuture().join();
  }
}
