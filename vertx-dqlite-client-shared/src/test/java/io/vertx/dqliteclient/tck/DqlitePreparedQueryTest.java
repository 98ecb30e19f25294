package io.vertx.dqliteclient.tck;

import io.vertx.sqliteclient.tck.TckMessages;
import io.vertx.sqliteclient.tck.TckTables;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Ignore;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqlitePreparedQueryTest extends PreparedQueryTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  @Override
  protected String statement(String... parts) {
    return TckCluster.statement(parts);
  }

  @Override
  protected void initConnector() {
    // caching off here; DqlitePreparedQueryCachedTest runs the same tests with it on
    options = CLUSTER.options().setCachePreparedStatements(false);
    connector = new TckConnector(vertx, () -> DqliteConnectOptions.wrap(options));
  }

  @Before
  @Override
  public void setUp(TestContext ctx) throws Exception {
    super.setUp(ctx);
    // the driver's message carries SQLite's code name in front of the server's wording
    msgVerifier = TckMessages::verify;
  }

  @Override
  protected void cleanTestTable(TestContext ctx) {
    TckTables.clearMutable(ctx, this::connect);
  }

  @Ignore(TckSkips.DYNAMIC_TYPING)
  @Test
  @Override
  public void testPreparedQueryParamCoercionTypeError(TestContext ctx) {
  }
}
