package io.vertx.dqliteclient.tck;

import io.vertx.core.Vertx;
import io.vertx.dqliteclient.DqliteBuilder;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.Pool;
import org.junit.ClassRule;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqliteTracingTest extends TracingTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  @Override
  protected Pool createPool(Vertx vertx) {
    return DqliteBuilder.pool().connectingTo(CLUSTER.options()).using(vertx).build();
  }

  @Override
  protected String statement(String... parts) {
    return TckCluster.statement(parts);
  }

  /** The connection's {@code system()}: the statements run on SQLite, behind dqlite's protocol. */
  @Override
  protected boolean isValidDbSystem(String dbSystem) {
    return "dqlite".equals(dbSystem);
  }
}
