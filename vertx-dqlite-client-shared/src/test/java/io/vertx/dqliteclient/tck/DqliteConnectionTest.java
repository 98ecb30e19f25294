package io.vertx.dqliteclient.tck;

import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.spi.DatabaseMetadata;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Ignore;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqliteConnectionTest extends ConnectionTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  @Before
  @Override
  public void setUp() throws Exception {
    super.setUp();
    options = CLUSTER.options();
    // the tests change `options` (an invalid database, ...) before connecting
    connector = new TckConnector(vertx, () -> DqliteConnectOptions.wrap(options));
  }

  /** The leader's SQLite, which runs the statements (dqlite 1.11 embeds SQLite 3). */
  @Override
  protected void validateDatabaseMetaData(TestContext ctx, DatabaseMetadata md) {
    ctx.assertEquals("SQLite", md.productName());
    ctx.assertEquals(3, md.majorVersion());
    ctx.assertTrue(md.fullVersion().startsWith("3."));
  }

  @Ignore("dqlite creates a database on its first OPEN: every name is a valid database, there is none to reject")
  @Test
  @Override
  public void testConnectInvalidDatabase(TestContext ctx) {
  }

  @Ignore("dqlite has no users: its protocol carries no credentials, there is no password to reject")
  @Test
  @Override
  public void testConnectInvalidPassword(TestContext ctx) {
  }

  @Ignore("dqlite has no users: its protocol carries no credentials, there is no user name to reject")
  @Test
  @Override
  public void testConnectInvalidUsername(TestContext ctx) {
  }
}
