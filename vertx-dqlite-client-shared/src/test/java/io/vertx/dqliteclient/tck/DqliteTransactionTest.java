package io.vertx.dqliteclient.tck;

import io.vertx.dqliteclient.DqliteBuilder;
import io.vertx.ext.unit.Async;
import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.junit.ClassRule;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqliteTransactionTest extends TransactionTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  /** One connection, so the tests that take a connection after a commit or rollback prove it was released. */
  @Override
  protected Pool createPool() {
    return DqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(1))
      .connectingTo(CLUSTER.options())
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
    return TckCluster.statement(parts);
  }
}
