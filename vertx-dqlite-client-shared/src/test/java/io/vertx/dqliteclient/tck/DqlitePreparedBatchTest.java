package io.vertx.dqliteclient.tck;

import io.vertx.sqliteclient.tck.TckTables;
import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.ClassRule;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqlitePreparedBatchTest extends PreparedBatchTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  @Override
  protected String statement(String... parts) {
    return TckCluster.statement(parts);
  }

  @Override
  protected void initConnector() {
    connector = new TckConnector(vertx, CLUSTER::options);
  }

  @Override
  protected void cleanTestTable(TestContext ctx) {
    TckTables.clearMutable(ctx, this::connect);
  }
}
