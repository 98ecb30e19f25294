package io.github.vertxsqlite.quarkus.runtime;

import static io.quarkus.reactive.datasource.runtime.ReactiveDataSourceUtil.qualifier;

import io.quarkus.arc.ActiveResult;
import io.quarkus.arc.SyntheticCreationalContext;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.datasource.runtime.DataSourcesRuntimeConfig;
import io.quarkus.reactive.datasource.runtime.DataSourceReactiveRuntimeConfig;
import io.quarkus.reactive.datasource.runtime.DataSourcesReactiveRuntimeConfig;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.ShutdownContext;
import io.quarkus.runtime.annotations.Recorder;
import io.vertx.core.Vertx;
import io.vertx.sqliteclient.SqlitePool;
import io.vertx.sqliteclient.SqliteBuilder;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runtime half of the extension: builds each datasource's pool from its configuration when its bean is created. */
@Recorder
public class SqlitePoolRecorder {

  private final RuntimeValue<DataSourcesRuntimeConfig> runtimeConfig;
  private final RuntimeValue<DataSourcesReactiveRuntimeConfig> reactiveConfig;
  private final RuntimeValue<DataSourcesReactiveSqliteConfig> sqliteConfig;

  public SqlitePoolRecorder(RuntimeValue<DataSourcesRuntimeConfig> runtimeConfig,
      RuntimeValue<DataSourcesReactiveRuntimeConfig> reactiveConfig,
      RuntimeValue<DataSourcesReactiveSqliteConfig> sqliteConfig) {
    this.runtimeConfig = runtimeConfig;
    this.reactiveConfig = reactiveConfig;
    this.sqliteConfig = sqliteConfig;
  }

  /** A datasource switched off, or without a reactive URL, is inactive: its beans exist but fail to inject, with why. */
  public Supplier<ActiveResult> poolCheckActiveSupplier(String dataSourceName) {
    return () -> {
      Optional<Boolean> active = runtimeConfig.getValue().dataSources().get(dataSourceName).active();
      if (active.isPresent() && !active.get()) {
        return ActiveResult.inactive(DataSourceUtil.dataSourceInactiveReasonDeactivated(dataSourceName));
      }
      if (reactive(dataSourceName).url().isEmpty()) {
        return ActiveResult.inactive(DataSourceUtil.dataSourceInactiveReasonUrlMissing(dataSourceName, "reactive.url"));
      }
      return ActiveResult.active();
    };
  }

  public Function<SyntheticCreationalContext<SqlitePool>, SqlitePool> configurePool(RuntimeValue<Vertx> vertx,
      Supplier<Integer> eventLoopCount, String dataSourceName, ShutdownContext shutdown) {
    return context -> {
      DataSourceReactiveRuntimeConfig reactive = reactive(dataSourceName);
      SqlitePool pool = SqlitePool.cast(SqliteBuilder.pool()
          .with(SqliteDataSourceOptions.poolOptions(reactive, eventLoopCount.get()))
          .connectingTo(SqliteDataSourceOptions.connectOptions(dataSourceName, reactive,
              sqliteConfig.getValue().dataSources().get(dataSourceName).reactive().sqlite()))
          .using(vertx.getValue())
          .build());
      shutdown.addShutdownTask(pool::close);
      return pool;
    };
  }

  public Function<SyntheticCreationalContext<io.vertx.mutiny.sqliteclient.SqlitePool>, io.vertx.mutiny.sqliteclient.SqlitePool> mutinyPool(
      String dataSourceName) {
    return context -> io.vertx.mutiny.sqliteclient.SqlitePool.newInstance(
        context.getInjectedReference(SqlitePool.class, qualifier(dataSourceName)));
  }

  public RuntimeValue<SqlitePoolSupport> createPoolSupport(Set<String> poolNames) {
    return new RuntimeValue<>(new SqlitePoolSupport(poolNames));
  }

  private DataSourceReactiveRuntimeConfig reactive(String dataSourceName) {
    return reactiveConfig.getValue().dataSources().get(dataSourceName).reactive();
  }
}
