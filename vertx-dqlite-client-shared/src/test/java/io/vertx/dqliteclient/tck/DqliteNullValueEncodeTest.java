package io.vertx.dqliteclient.tck;

import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.ClassRule;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqliteNullValueEncodeTest extends NullValueEncodeTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  @Override
  protected void initConnector() {
    connector = new TckConnector(vertx, CLUSTER::options);
  }

  @Override
  protected String statement(String... parts) {
    return TckCluster.statement(parts);
  }
}
