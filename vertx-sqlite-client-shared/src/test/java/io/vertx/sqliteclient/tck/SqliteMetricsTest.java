package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.ClientBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqliteclient.SqliteBuilder;
import org.junit.Ignore;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqliteMetricsTest extends MetricsTestBase {

  @Override
  protected SqlConnectOptions connectOptions() {
    return TckDatabase.options();
  }

  /** The 4.5 TCK builds some pools without {@code connectingTo}; Vert.x 5's replaces this target with its own. */
  @Override
  protected ClientBuilder<Pool> poolBuilder() {
    return SqliteBuilder.pool().connectingTo(connectOptions());
  }

  @Override
  protected String statement(String... parts) {
    return TckDatabase.statement(parts);
  }

  @Ignore("Needs a TCP proxy to cut the connection; an SQLite connection is an open file in this process")
  @Test
  @Override
  public void testConnectionLost(TestContext ctx) {
  }
}
