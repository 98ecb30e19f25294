package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.vertxsqlite.quarkus.runtime.jdbc.SqliteAgroalConnectionConfigurer;
import io.quarkus.agroal.spi.JdbcDriverBuildItem;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JDBC side of db-kind sqlite is registered only when Agroal is in the application. This module's tests all run
 * with Agroal (quarkus-flyway brings it), so the case without it is checked on the build step itself.
 */
class SqliteJdbcProcessorTest {

  private final List<JdbcDriverBuildItem> drivers = new ArrayList<>();
  private final List<AdditionalBeanBuildItem> beans = new ArrayList<>();

  @Test
  void withAgroalTheDriverAndItsConfigurerAreRegisteredForSqlite() {
    run(Set.of(Capability.AGROAL, Capability.VERTX));
    assertEquals(1, drivers.size());
    assertEquals("sqlite", drivers.get(0).getDbKind());
    assertEquals("org.sqlite.JDBC", drivers.get(0).getDriverClass());
    assertFalse(drivers.get(0).getDriverXAClass().isPresent(), "sqlite-jdbc has no XA data source");
    assertEquals(List.of(List.of(SqliteAgroalConnectionConfigurer.class.getName())),
        beans.stream().map(AdditionalBeanBuildItem::getBeanClasses).toList());
  }

  @Test
  void withoutAgroalNothingIsRegistered() {
    run(Set.of(Capability.VERTX));
    assertEquals(List.of(), drivers);
    assertEquals(List.of(), beans);
  }

  private void run(Set<String> capabilities) {
    new SqliteJdbcProcessor().registerJdbcDriver(new Capabilities(capabilities), drivers::add, beans::add);
  }
}
