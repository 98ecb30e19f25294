package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.SqlConnectOptions;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqliteDriverTest extends DriverTestBase {

  @Override
  protected SqlConnectOptions defaultOptions() {
    return TckDatabase.options();
  }
}
