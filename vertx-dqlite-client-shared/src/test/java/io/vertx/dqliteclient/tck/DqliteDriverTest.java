package io.vertx.dqliteclient.tck;

import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.SqlConnectOptions;
import org.junit.ClassRule;
import org.junit.Ignore;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqliteDriverTest extends DriverTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  @Override
  protected SqlConnectOptions defaultOptions() {
    return CLUSTER.options();
  }

  @Test
  @Ignore("The dqlite driver takes its value conversions and SqliteException from the SQLite driver's jar, whose "
    + "service file registers the SQLite driver too: two drivers are found. Without sqlite-jdbc that driver "
    + "declines plain SqlConnectOptions, so Pool.pool(SqlConnectOptions) still finds this one (testCreatePool02)")
  @Override
  public void testServiceLoader(TestContext ctx) {
    super.testServiceLoader(ctx);
  }
}
