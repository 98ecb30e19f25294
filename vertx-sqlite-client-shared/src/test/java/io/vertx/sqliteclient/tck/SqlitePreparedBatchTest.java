package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqlitePreparedBatchTest extends PreparedBatchTestBase {

  @Override
  protected String statement(String... parts) {
    return TckDatabase.statement(parts);
  }

  @Override
  protected void initConnector() {
    connector = new TckConnector(vertx, TckDatabase.options());
  }

  @Override
  protected void cleanTestTable(TestContext ctx) {
    TckTables.clearMutable(ctx, this::connect);
  }
}
