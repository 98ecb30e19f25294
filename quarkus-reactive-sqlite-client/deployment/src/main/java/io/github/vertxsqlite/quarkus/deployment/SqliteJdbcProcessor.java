package io.github.vertxsqlite.quarkus.deployment;

import io.github.vertxsqlite.quarkus.runtime.jdbc.SqliteAgroalConnectionConfigurer;
import io.quarkus.agroal.spi.JdbcDriverBuildItem;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * The JDBC side of db-kind {@code sqlite}: with quarkus-agroal in the application, the same
 * {@code quarkus.datasource} also gets a JDBC datasource on sqlite-jdbc (which the driver already brings), so that
 * Flyway, Liquibase or plain JDBC code can use the file the reactive pools use. Without Agroal nothing happens: the
 * runtime module's Agroal dependency is optional, and its Agroal classes are never loaded.
 */
class SqliteJdbcProcessor {

  /** sqlite-jdbc's driver; it has no XA data source. */
  static final String JDBC_DRIVER = "org.sqlite.JDBC";

  @BuildStep
  void registerJdbcDriver(Capabilities capabilities, BuildProducer<JdbcDriverBuildItem> jdbcDrivers,
      BuildProducer<AdditionalBeanBuildItem> beans) {
    if (capabilities.isPresent(Capability.AGROAL)) {
      // Agroal picks the driver for the db-kind from this item, and asks the configurer bean about SSL and errors
      jdbcDrivers.produce(new JdbcDriverBuildItem(ReactiveSqliteClientProcessor.DB_KIND, JDBC_DRIVER));
      beans.produce(new AdditionalBeanBuildItem.Builder()
          .addBeanClass(SqliteAgroalConnectionConfigurer.class)
          .setDefaultScope(BuiltinScope.APPLICATION.getName())
          .setUnremovable()
          .build());
    }
  }
}
