package io.vertx.dqliteclient.tck;

import io.vertx.dqliteclient.DqliteBuilder;
import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.ClientBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import org.junit.ClassRule;
import org.junit.Ignore;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqliteMetricsTest extends MetricsTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  @Override
  protected SqlConnectOptions connectOptions() {
    return CLUSTER.options();
  }

  @Override
  protected ClientBuilder<Pool> poolBuilder() {
    return DqliteBuilder.pool().connectingTo(connectOptions());
  }

  @Override
  protected String statement(String... parts) {
    return TckCluster.statement(parts);
  }

  @Ignore("Needs the pool's connection to run through the TCK's TCP proxy; a dqlite client always reconnects to the address the leader reports for itself, so it never stays on a proxy")
  @Test
  @Override
  public void testConnectionLost(TestContext ctx) {
  }
}
