package io.github.vertxsqlite.quarkus.runtime.jdbc;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gives a sqlite datasource's {@code jdbc.url} a default: the file of its {@code reactive.url}
 * ({@link DerivedJdbcUrl}), so one URL configures both the reactive pool and Agroal's JDBC datasource (for
 * Flyway). A {@code jdbc.url} that is set always wins; only Agroal reads the value, so without it this does nothing.
 */
@Priority(Priorities.LIBRARY)
public class JdbcUrlFromReactiveUrl implements ConfigSourceInterceptor {

  private static final String PREFIX = "quarkus.datasource.";
  private static final String JDBC_URL = "jdbc.url";
  private static final String REACTIVE_URL = "reactive.url";

  @Override
  public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
    ConfigValue value = context.proceed(name);
    if (value != null && value.getValue() != null || !name.startsWith(PREFIX) || !name.endsWith(JDBC_URL)) {
      return value;
    }
    // "" for the default datasource, "users." or "\"users\"." for a named one
    String dataSource = name.substring(PREFIX.length(), name.length() - JDBC_URL.length());
    if (!dataSource.isEmpty() && !dataSource.endsWith(".")) {
      return value;
    }
    ConfigValue dbKind = context.restart(PREFIX + dataSource + "db-kind");
    if (dbKind != null && dbKind.getValue() != null && !"sqlite".equals(dbKind.getValue().toLowerCase(Locale.ROOT))) {
      return value;
    }
    ConfigValue reactiveUrl = context.restart(PREFIX + dataSource + REACTIVE_URL);
    if (reactiveUrl == null || reactiveUrl.getValue() == null) {
      return value;
    }
    Optional<String> derived = DerivedJdbcUrl.of(List.of(reactiveUrl.getValue().split(",")));
    return derived.map(url -> reactiveUrl.withName(name).withValue(url)).orElse(value);
  }
}
