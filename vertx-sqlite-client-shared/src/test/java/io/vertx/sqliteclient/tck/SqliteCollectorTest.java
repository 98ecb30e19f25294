package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqliteCollectorTest extends CollectorTestBase {

  @Override
  protected void initConnector() {
    connector = new TckConnector(vertx, TckDatabase.options());
  }
}
