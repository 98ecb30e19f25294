package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.InactiveBeanException;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A datasource with db-kind sqlite but no reactive URL: the application starts, its pool beans are inactive. */
class InactiveDataSourceTest {

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.reports.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite::memory:");

  @Inject
  @ReactiveDataSource("reports")
  InjectableInstance<Pool> reports;

  @Inject
  @ReactiveDataSource("reports")
  InjectableInstance<io.vertx.mutiny.sqlclient.Pool> mutinyReports;

  @Inject
  InjectableInstance<Pool> defaultPool;

  @Test
  void poolWithoutUrlIsInactiveAndSaysWhy() {
    assertFalse(reports.getHandle().getBean().isActive());
    assertFalse(mutinyReports.getHandle().getBean().isActive());
    InactiveBeanException e = assertThrows(InactiveBeanException.class, () -> reports.get().query("SELECT 1"));
    assertTrue(e.getMessage().contains("quarkus.datasource.\"reports\".reactive.url"), e.getMessage());
    assertTrue(defaultPool.getHandle().getBean().isActive());
  }
}
