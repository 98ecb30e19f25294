package io.vertx.sqliteclient.tck;

import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.ext.unit.Async;
import io.vertx.ext.unit.TestContext;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Consumer;

/** Resets the TCK's writable table between tests (the TCK's own reset uses TRUNCATE, which SQLite lacks). */
public final class TckTables {

  private TckTables() {
  }

  public static void clearMutable(TestContext ctx, Consumer<Handler<AsyncResult<SqlConnection>>> connect) {
    Async done = ctx.async();
    connect.accept(ctx.asyncAssertSuccess(conn -> conn
      .query("DELETE FROM mutable")
      .execute()
      .onComplete(ctx.asyncAssertSuccess(result -> conn.close().onComplete(v -> done.complete())))));
    done.await(20_000);
  }
}
