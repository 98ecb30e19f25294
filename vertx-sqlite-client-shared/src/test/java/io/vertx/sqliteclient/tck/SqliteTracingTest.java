package io.vertx.sqliteclient.tck;

import io.vertx.core.Vertx;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.Pool;
import io.vertx.sqliteclient.SqliteBuilder;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqliteTracingTest extends TracingTestBase {

  @Override
  protected Pool createPool(Vertx vertx) {
    return SqliteBuilder.pool().connectingTo(TckDatabase.options()).using(vertx).build();
  }

  @Override
  protected String statement(String... parts) {
    return TckDatabase.statement(parts);
  }

  @Override
  protected boolean isValidDbSystem(String dbSystem) {
    return "sqlite".equals(dbSystem);
  }
}
