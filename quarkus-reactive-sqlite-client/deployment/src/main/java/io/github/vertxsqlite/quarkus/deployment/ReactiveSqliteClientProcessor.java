package io.github.vertxsqlite.quarkus.deployment;

import static io.quarkus.reactive.datasource.deployment.ReactiveDataSourceBuildUtil.qualifier;
import static io.quarkus.reactive.datasource.deployment.ReactiveDataSourceBuildUtil.qualifiers;

import io.github.vertxsqlite.quarkus.runtime.SqlitePoolRecorder;
import io.github.vertxsqlite.quarkus.runtime.SqlitePoolSupport;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.datasource.deployment.spi.DefaultDataSourceDbKindBuildItem;
import io.quarkus.datasource.runtime.DataSourceBuildTimeConfig;
import io.quarkus.datasource.runtime.DataSourcesBuildTimeConfig;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.ServiceStartBuildItem;
import io.quarkus.deployment.builditem.ShutdownContextBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ServiceProviderBuildItem;
import io.quarkus.deployment.pkg.builditem.CurateOutcomeBuildItem;
import io.quarkus.reactive.datasource.runtime.DataSourcesReactiveBuildTimeConfig;
import io.quarkus.smallrye.health.deployment.spi.HealthBuildItem;
import io.quarkus.vertx.core.deployment.EventLoopCountBuildItem;
import io.quarkus.vertx.deployment.VertxBuildItem;
import io.vertx.sqlclient.Pool;
import io.vertx.sqliteclient.SqlitePool;
import io.vertx.sqliteclient.spi.SqliteDriver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.jandex.ClassType;

/**
 * Build steps: for every datasource of db-kind {@code sqlite}, a Vert.x {@link Pool} bean (also an {@link SqlitePool}) and a Mutiny pool bean
 * (default or {@code @ReactiveDataSource("name")}), both checked for activity at runtime; the driver as a service
 * provider; the readiness check when SmallRye Health is present.
 */
class ReactiveSqliteClientProcessor {

  static final String DB_KIND = "sqlite";
  static final String FEATURE = "reactive-sqlite-client";

  @BuildStep
  DefaultDataSourceDbKindBuildItem defaultDbKind() {
    // with this extension alone, the default datasource needs no db-kind
    return new DefaultDataSourceDbKindBuildItem(DB_KIND);
  }

  @BuildStep
  ServiceProviderBuildItem registerDriver() {
    // Vert.x finds drivers with ServiceLoader, which native images only see when registered
    return new ServiceProviderBuildItem("io.vertx.sqlclient.spi.Driver", SqliteDriver.class.getName());
  }

  @BuildStep
  @Record(ExecutionTime.RUNTIME_INIT)
  ServiceStartBuildItem build(BuildProducer<FeatureBuildItem> feature,
      BuildProducer<SyntheticBeanBuildItem> syntheticBeans,
      SqlitePoolRecorder recorder,
      VertxBuildItem vertx,
      EventLoopCountBuildItem eventLoopCount,
      ShutdownContextBuildItem shutdown,
      DataSourcesBuildTimeConfig dataSources,
      DataSourcesReactiveBuildTimeConfig reactiveDataSources,
      List<DefaultDataSourceDbKindBuildItem> defaultDbKinds,
      CurateOutcomeBuildItem curateOutcome) {
    feature.produce(new FeatureBuildItem(FEATURE));
    Set<String> names = sqliteDataSourceNames(dataSources, reactiveDataSources, defaultDbKinds, curateOutcome);
    for (String name : names) {
      syntheticBeans.produce(SyntheticBeanBuildItem.configure(SqlitePool.class)
          .addType(Pool.class)
          .defaultBean()
          .scope(ApplicationScoped.class)
          .qualifiers(qualifiers(name))
          .checkActive(recorder.poolCheckActiveSupplier(name))
          .createWith(recorder.configurePool(vertx.getVertx(), eventLoopCount.getEventLoopCount(), name, shutdown))
          .unremovable()
          .setRuntimeInit()
          .startup()
          .done());
      // the Mutiny pool wraps the Vert.x one, so both beans share connections
      syntheticBeans.produce(SyntheticBeanBuildItem.configure(io.vertx.mutiny.sqliteclient.SqlitePool.class)
          .addType(io.vertx.mutiny.sqlclient.Pool.class)
          .defaultBean()
          .scope(ApplicationScoped.class)
          .qualifiers(qualifiers(name))
          .addInjectionPoint(ClassType.create(SqlitePool.class), qualifier(name))
          .checkActive(recorder.poolCheckActiveSupplier(name))
          .createWith(recorder.mutinyPool(name))
          .unremovable()
          .setRuntimeInit()
          .startup()
          .done());
    }
    if (!names.isEmpty()) {
      syntheticBeans.produce(SyntheticBeanBuildItem.configure(SqlitePoolSupport.class)
          .scope(Singleton.class)
          .unremovable()
          .runtimeValue(recorder.createPoolSupport(names))
          .setRuntimeInit()
          .done());
    }
    return new ServiceStartBuildItem(FEATURE);
  }

  /** Separate from {@link #build}: producing it there would make Vert.x's creation depend on itself. */
  @BuildStep
  void addHealthCheck(Capabilities capabilities, BuildProducer<HealthBuildItem> healthChecks,
      DataSourcesBuildTimeConfig dataSources,
      DataSourcesReactiveBuildTimeConfig reactiveDataSources,
      List<DefaultDataSourceDbKindBuildItem> defaultDbKinds,
      CurateOutcomeBuildItem curateOutcome) {
    if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)
        && !sqliteDataSourceNames(dataSources, reactiveDataSources, defaultDbKinds, curateOutcome).isEmpty()) {
      healthChecks.produce(new HealthBuildItem(
          "io.github.vertxsqlite.quarkus.runtime.health.ReactiveSqliteDataSourcesHealthCheck",
          dataSources.healthEnabled()));
    }
  }

  private static Set<String> sqliteDataSourceNames(DataSourcesBuildTimeConfig dataSources,
      DataSourcesReactiveBuildTimeConfig reactiveDataSources,
      List<DefaultDataSourceDbKindBuildItem> defaultDbKinds, CurateOutcomeBuildItem curateOutcome) {
    Set<String> names = new TreeSet<>();
    for (String name : dataSources.dataSources().keySet()) {
      DataSourceBuildTimeConfig dataSource = dataSources.dataSources().get(name);
      boolean implicit = !DataSourceUtil.isDefault(name)
          || dataSource.devservices().enabled().orElse(!dataSources.hasNamedDataSources());
      Optional<String> dbKind = DefaultDataSourceDbKindBuildItem.resolve(dataSource.dbKind(), defaultDbKinds, implicit,
          curateOutcome);
      if (dbKind.isPresent() && DB_KIND.equalsIgnoreCase(dbKind.get())
          && reactiveDataSources.dataSources().get(name).reactive().enabled()) {
        names.add(name);
      }
    }
    return names;
  }
}
