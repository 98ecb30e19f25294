package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Nothing injects the pools here: they must survive ArC's removal of unused beans for programmatic lookup. */
class UnremovableBeansTest {

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite::memory:");

  @Test
  void poolsAreFoundWithoutInjectionPoints() {
    InstanceHandle<Pool> pool = Arc.container().instance(Pool.class);
    assertTrue(pool.isAvailable());
    assertEquals(1, pool.get().query("SELECT 1").execute().toCompletionStage().toCompletableFuture().join()
        .iterator().next().getInteger(0));
    InstanceHandle<io.vertx.mutiny.sqlclient.Pool> mutiny = Arc.container().instance(io.vertx.mutiny.sqlclient.Pool.class);
    assertTrue(mutiny.isAvailable());
    assertEquals(2, mutiny.get().query("SELECT 2").execute().await().atMost(Duration.ofSeconds(10))
        .iterator().next().getInteger(0));
  }
}
