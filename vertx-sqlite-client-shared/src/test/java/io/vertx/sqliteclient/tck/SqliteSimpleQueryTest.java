package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqliteSimpleQueryTest extends SimpleQueryTestBase {

  @Override
  protected void initConnector() {
    connector = new TckConnector(vertx, TckDatabase.options());
  }

  /** SQLite has no TRUNCATE; an unqualified DELETE is its truncate optimisation. */
  @Override
  protected void cleanTestTable(TestContext ctx) {
    TckTables.clearMutable(ctx, this::connect);
  }
}
