package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.Async;
import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqliteclient.SqliteBuilder;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqliteTransactionTest extends TransactionTestBase {

  @Override
  protected Pool createPool() {
    return SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(1))
      .connectingTo(TckDatabase.options())
      .using(vertx)
      .build();
  }

  @Override
  protected Pool nonTxPool() {
    return createPool();
  }

  /** SQLite has no TRUNCATE: an unqualified DELETE, in the test's transaction. */
  @Override
  protected void cleanTestTable(TestContext ctx) {
    Async done = ctx.async();
    connector.accept(ctx.asyncAssertSuccess(res -> res.client
      .query("DELETE FROM mutable")
      .execute()
      .onComplete(ctx.asyncAssertSuccess(result -> res.tx.commit().onComplete(ctx.asyncAssertSuccess(v -> done.complete()))))));
    done.await(20_000);
  }

  @Override
  protected String statement(String... parts) {
    return TckDatabase.statement(parts);
  }
}
