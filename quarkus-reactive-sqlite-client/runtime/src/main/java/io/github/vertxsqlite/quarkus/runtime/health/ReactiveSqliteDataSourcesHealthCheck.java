package io.github.vertxsqlite.quarkus.runtime.health;

import io.github.vertxsqlite.quarkus.runtime.SqlitePoolSupport;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.datasource.runtime.DataSourceSupport;
import io.quarkus.reactive.datasource.runtime.ReactiveDataSourceUtil;
import io.quarkus.reactive.datasource.runtime.ReactiveDatasourceHealthCheck;
import io.vertx.sqlclient.Pool;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import java.util.Set;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: every active SQLite pool answers {@code SELECT 1} (a connection opens and the file is readable). */
@Readiness
@ApplicationScoped
class ReactiveSqliteDataSourcesHealthCheck extends ReactiveDatasourceHealthCheck {

  ReactiveSqliteDataSourcesHealthCheck() {
    super("Reactive SQLite connections health check", "SELECT 1");
  }

  @PostConstruct
  protected void init() {
    ArcContainer container = Arc.container();
    Set<String> excluded = container.instance(DataSourceSupport.class).get().getHealthCheckExcludedNames();
    Set<String> ours = container.instance(SqlitePoolSupport.class).get().poolNames();
    for (InstanceHandle<Pool> handle : container.select(Pool.class, Any.Literal.INSTANCE).handles()) {
      if (!handle.getBean().isActive()) {
        continue;
      }
      String name = ReactiveDataSourceUtil.dataSourceName(handle.getBean());
      if (ours.contains(name) && !excluded.contains(name)) {
        addPool(name, handle.get());
      }
    }
  }
}
