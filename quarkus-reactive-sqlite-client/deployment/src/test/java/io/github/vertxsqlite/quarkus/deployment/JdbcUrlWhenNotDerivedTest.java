package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where no JDBC URL is derived: an in-memory default datasource (a JDBC :memory: would be a second, empty database),
 * and named datasources, which work with a jdbc.url of their own and stay JDBC-inactive without one.
 */
class JdbcUrlWhenNotDerivedTest {

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite::memory:")
      .overrideConfigKey("quarkus.datasource.users.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.users.reactive.url", "sqlite:target/not-derived-users.db")
      .overrideConfigKey("quarkus.datasource.users.jdbc.url", "jdbc:sqlite:target/not-derived-users.db")
      .overrideConfigKey("quarkus.datasource.reports.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.reports.reactive.url", "sqlite:target/not-derived-reports.db");

  @Inject
  InjectableInstance<AgroalDataSource> defaultJdbc;

  @Inject
  @DataSource("users")
  AgroalDataSource users;

  @Inject
  @DataSource("reports")
  InjectableInstance<AgroalDataSource> reports;

  @Test
  void anInMemoryReactiveUrlGivesNoJdbcDatasource() {
    assertFalse(defaultJdbc.getHandle().getBean().isActive());
  }

  @Test
  void aNamedDatasourceUsesTheJdbcUrlItSets() {
    assertEquals("jdbc:sqlite:target/not-derived-users.db",
        users.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration().jdbcUrl());
  }

  @Test
  void aNamedDatasourceWithoutJdbcUrlHasNoJdbcSide() {
    assertFalse(reports.getHandle().getBean().isActive());
  }
}
