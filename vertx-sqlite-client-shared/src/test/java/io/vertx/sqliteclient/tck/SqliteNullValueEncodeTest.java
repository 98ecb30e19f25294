package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqliteNullValueEncodeTest extends NullValueEncodeTestBase {

  @Override
  protected void initConnector() {
    connector = new TckConnector(vertx, TckDatabase.options());
  }

  @Override
  protected String statement(String... parts) {
    return TckDatabase.statement(parts);
  }
}
