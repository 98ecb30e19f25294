package io.github.vertxsqlite.quarkus.runtime;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigGroup;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;
import io.smallrye.config.WithUnnamedKey;
import java.util.Map;

/** {@code quarkus.datasource."name".reactive.sqlite.*}: the SQLite group beside the generic reactive settings. */
@ConfigMapping(prefix = "quarkus.datasource")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface DataSourcesReactiveSqliteConfig {

  /**
   * Datasources.
   */
  @ConfigDocSection
  @ConfigDocMapKey("datasource-name")
  @WithParentName
  @WithDefaults
  @WithUnnamedKey(DataSourceUtil.DEFAULT_DATASOURCE_NAME)
  Map<String, OuterNamed> dataSources();

  @ConfigGroup
  interface OuterNamed {
    /**
     * The reactive configuration.
     */
    OuterNested reactive();
  }

  @ConfigGroup
  interface OuterNested {
    /**
     * The SQLite-specific configuration.
     */
    DataSourceReactiveSqliteConfig sqlite();
  }
}
