package io.github.vertxsqlite.quarkus.runtime;

import java.util.Set;

/** The names of the datasources this extension made pools for, so the health check skips other drivers' pools. */
public class SqlitePoolSupport {

  private final Set<String> poolNames;

  public SqlitePoolSupport(Set<String> poolNames) {
    this.poolNames = Set.copyOf(poolNames);
  }

  public Set<String> poolNames() {
    return poolNames;
  }
}
