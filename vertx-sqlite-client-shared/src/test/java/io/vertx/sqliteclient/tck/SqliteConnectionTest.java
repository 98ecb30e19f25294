package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.spi.DatabaseMetadata;
import io.vertx.sqliteclient.SqliteConnectOptions;
import org.junit.Before;
import org.junit.Ignore;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqliteConnectionTest extends ConnectionTestBase {

  @Before
  @Override
  public void setUp() throws Exception {
    super.setUp();
    options = TckDatabase.options();
    // the tests change `options` (an invalid database, ...) before connecting
    connector = new TckConnector(vertx, () -> SqliteConnectOptions.wrap(options));
  }

  @Override
  protected void validateDatabaseMetaData(TestContext ctx, DatabaseMetadata md) {
    ctx.assertEquals("SQLite", md.productName());
    ctx.assertEquals(3, md.majorVersion());
    ctx.assertTrue(md.fullVersion().startsWith("3."));
  }

  @Ignore("SQLite has no users: a connection opens a file, there is no password to reject")
  @Test
  @Override
  public void testConnectInvalidPassword(TestContext ctx) {
  }

  @Ignore("SQLite has no users: a connection opens a file, there is no user name to reject")
  @Test
  @Override
  public void testConnectInvalidUsername(TestContext ctx) {
  }
}
