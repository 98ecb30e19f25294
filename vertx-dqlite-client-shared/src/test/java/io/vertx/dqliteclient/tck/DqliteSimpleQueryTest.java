package io.vertx.dqliteclient.tck;

import io.vertx.sqliteclient.tck.TckTables;
import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.ClassRule;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqliteSimpleQueryTest extends SimpleQueryTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  @Override
  protected void initConnector() {
    connector = new TckConnector(vertx, CLUSTER::options);
  }

  /** SQLite has no TRUNCATE; an unqualified DELETE is its truncate optimisation. */
  @Override
  protected void cleanTestTable(TestContext ctx) {
    TckTables.clearMutable(ctx, this::connect);
  }
}
