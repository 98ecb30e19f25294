package io.github.vertxsqlite.quarkus.runtime.jdbc;

import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.quarkus.agroal.runtime.AgroalConnectionConfigurer;
import io.quarkus.agroal.runtime.JdbcDriver;

/**
 * What Agroal asks of each db-kind's JDBC driver, answered for sqlite-jdbc. A bean only when the application has
 * quarkus-agroal (the deployment module adds it then), since Agroal is an optional dependency of this module.
 */
@JdbcDriver("sqlite")
public class SqliteAgroalConnectionConfigurer implements AgroalConnectionConfigurer {

  @Override
  public void disableSslSupport(String databaseKind, AgroalDataSourceConfigurationSupplier dataSourceConfiguration) {
    // SQLite is a file opened in-process: there is no connection to encrypt, so nothing to turn off
  }

  @Override
  public void setExceptionSorter(String databaseKind, AgroalDataSourceConfigurationSupplier dataSourceConfiguration) {
    // an in-process connection has no socket to lose: after an SQLException (constraint, busy, syntax) it is still
    // usable, which is what Agroal assumes without a sorter, so none is set
  }
}
