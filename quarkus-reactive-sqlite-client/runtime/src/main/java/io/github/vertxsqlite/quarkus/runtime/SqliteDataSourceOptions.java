package io.github.vertxsqlite.quarkus.runtime;

import static io.quarkus.reactive.datasource.runtime.UnitisedTime.unitised;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.reactive.datasource.runtime.DataSourceReactiveRuntimeConfig;
import io.quarkus.reactive.datasource.runtime.UnitisedTime;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place where Quarkus configuration becomes driver options. A value the driver refuses (a URL that is not
 * {@code sqlite:…}, an unknown pragma, a bad journal mode) fails start-up with a {@link ConfigurationException} that
 * names the property, instead of a first query failing later.
 */
final class SqliteDataSourceOptions {

  /** Quarkus users sometimes keep the JDBC-era prefix; the driver's own parser wants plain {@code sqlite:}. */
  private static final String LEGACY_PREFIX = "vertx-reactive:";

  private SqliteDataSourceOptions() {
  }

  static List<SqlConnectOptions> connectOptions(String dataSourceName, DataSourceReactiveRuntimeConfig reactive,
      DataSourceReactiveSqliteConfig sqlite) {
    String urlKey = DataSourceUtil.dataSourcePropertyKey(dataSourceName, "reactive.url");
    List<String> urls = reactive.url().orElseThrow(() -> new ConfigurationException(
        "The reactive SQLite datasource '" + dataSourceName + "' has no URL; set " + urlKey + "=sqlite:<file>",
        Set.of(urlKey)));
    List<SqlConnectOptions> list = new ArrayList<>();
    for (String url : urls) {
      SqliteConnectOptions options = parse(url.startsWith(LEGACY_PREFIX) ? url.substring(LEGACY_PREFIX.length()) : url,
          urlKey);
      reactive.cachePreparedStatements().ifPresent(options::setCachePreparedStatements);
      options.setReconnectAttempts(reactive.reconnectAttempts());
      options.setReconnectInterval(reactive.reconnectInterval().toMillis());
      reactive.additionalProperties().forEach(options::addProperty);
      // the Micrometer binder's convention: "<prefix>|<client name>"
      options.setMetricsName("sqlite|" + dataSourceName);
      applySqliteGroup(dataSourceName, sqlite, options);
      list.add(options);
    }
    return list;
  }

  static PoolOptions poolOptions(DataSourceReactiveRuntimeConfig reactive, Integer eventLoopCount) {
    PoolOptions options = new PoolOptions().setMaxSize(reactive.maxSize());
    reactive.idleTimeout().ifPresent(d -> {
      UnitisedTime t = unitised(d);
      options.setIdleTimeout(t.value).setIdleTimeoutUnit(t.unit);
    });
    reactive.maxLifetime().ifPresent(d -> {
      UnitisedTime t = unitised(d);
      options.setMaxLifetime(t.value).setMaxLifetimeUnit(t.unit);
    });
    if (reactive.shared()) {
      options.setShared(true);
      reactive.name().ifPresent(options::setName);
    }
    if (reactive.eventLoopSize().isPresent()) {
      options.setEventLoopSize(Math.max(0, reactive.eventLoopSize().getAsInt()));
    } else if (eventLoopCount != null) {
      options.setEventLoopSize(Math.max(0, eventLoopCount));
    }
    return options;
  }

  private static SqliteConnectOptions parse(String url, String urlKey) {
    try {
      return SqliteConnectOptions.fromUri(url);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("Invalid " + urlKey + " '" + url + "': " + e.getMessage(), e, Set.of(urlKey));
    }
  }

  private static void applySqliteGroup(String name, DataSourceReactiveSqliteConfig sqlite, SqliteConnectOptions options) {
    sqlite.journalMode().ifPresent(v -> options.addPragma("journal_mode", keyword(v)));
    sqlite.synchronous().ifPresent(v -> options.addPragma("synchronous", keyword(v)));
    sqlite.foreignKeys().ifPresent(v -> options.addPragma("foreign_keys", v ? "on" : "off"));
    sqlite.busyTimeout().ifPresent(d -> set(name, "busy-timeout", () -> options.setBusyTimeout(millis(d))));
    sqlite.queryTimeout().ifPresent(d -> set(name, "query-timeout", () -> options.setQueryTimeout(d.toMillis())));
    sqlite.transactionMode().ifPresent(options::setTransactionMode);
    sqlite.pipeliningLimit().ifPresent(n -> set(name, "pipelining-limit", () -> options.setPipeliningLimit(n)));
    sqlite.pragmas().forEach((pragma, v) -> set(name, "pragmas." + pragma, () -> options.addPragma(pragma, v)));
  }

  private static String keyword(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }

  private static void set(String dataSourceName, String setting, Runnable apply) {
    try {
      apply.run();
    } catch (IllegalArgumentException e) {
      String key = DataSourceUtil.dataSourcePropertyKey(dataSourceName, "reactive.sqlite." + setting);
      throw new ConfigurationException("Invalid " + key + ": " + e.getMessage(), e, Set.of(key));
    }
  }
}
