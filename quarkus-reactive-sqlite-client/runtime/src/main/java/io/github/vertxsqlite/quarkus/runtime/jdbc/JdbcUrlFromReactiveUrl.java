package io.github.vertxsqlite.quarkus.runtime.jdbc;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.util.List;
import java.util.Locale;

/**
 * Gives the default datasource's {@code quarkus.datasource.jdbc.url}, when it is sqlite and the URL is not set, the
 * file of its {@code reactive.url} ({@link DerivedJdbcUrl}): one URL configures both the reactive pool and Agroal's
 * JDBC datasource (for Flyway). Only Agroal reads the value, so without it this does nothing.
 * <p>
 * Named datasources are left alone: Quarkus reads a named datasource's {@code jdbc.url} only when that property
 * exists in a config source, so a value supplied here would never be asked for; they set {@code jdbc.url} themselves.
 */
@Priority(Priorities.LIBRARY)
public class JdbcUrlFromReactiveUrl implements ConfigSourceInterceptor {

  private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
  private static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
  private static final String DB_KIND = "quarkus.datasource.db-kind";

  @Override
  public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
    ConfigValue value = context.proceed(name);
    if (!JDBC_URL.equals(name) || value != null && value.getValue() != null) {
      return value;
    }
    // restart: the other properties through the whole chain, profiles and expressions included
    ConfigValue dbKind = context.restart(DB_KIND);
    if (dbKind != null && dbKind.getValue() != null && !"sqlite".equals(dbKind.getValue().toLowerCase(Locale.ROOT))) {
      return value;
    }
    ConfigValue reactiveUrl = context.restart(REACTIVE_URL);
    if (reactiveUrl == null || reactiveUrl.getValue() == null) {
      return value;
    }
    return DerivedJdbcUrl.of(List.of(reactiveUrl.getValue().split(",")))
        .map(url -> reactiveUrl.withName(name).withValue(url))
        .orElse(value);
  }
}
