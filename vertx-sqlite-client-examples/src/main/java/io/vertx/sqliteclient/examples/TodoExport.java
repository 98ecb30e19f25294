package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /todos/export}: every item as newline-delimited JSON, however many, straight from a RowStream.
 * SQLite is read only as fast as the client reads (a few fetches ahead at most), so neither the whole result
 * nor the whole response is ever held in memory, and the event loop only ever handles one fetch at a time.
 */
final class TodoExport implements Handler<RoutingContext> {

  private final Pool pool;
  private final AtomicLong rowsWritten = new AtomicLong();

  TodoExport(Pool pool) {
    this.pool = pool;
  }

  /** Rows written to clients so far, by all exports (the tests watch back-pressure with it). */
  long rowsWritten() {
    return rowsWritten.get();
  }

  // tag::ndjson[]
  @Override
  public void handle(RoutingContext ctx) {
    HttpServerResponse response = ctx.response().setChunked(true).putHeader("content-type", "application/x-ndjson");
    pool.withConnection(conn -> conn.prepare("SELECT id, title, done FROM todo ORDER BY id")
        .compose(ps -> stream(ps.createStream(500), response)))      // 500 rows per fetch from SQLite
      .onSuccess(v -> response.end())
      .onFailure(ctx::fail);
  }

  /** Completes when every row is written, or when the client has gone (then the connection goes back at once). */
  private Future<Void> stream(RowStream<Row> rows, HttpServerResponse response) {
    Promise<Void> done = Promise.promise();
    rows.exceptionHandler(done::tryFail).endHandler(v -> done.tryComplete());
    Handler<Void> clientLeft = v -> rows.close().onComplete(closed -> done.tryComplete());
    response.closeHandler(clientLeft);
    if (response.closed()) {                                         // it left while we waited for a connection
      clientLeft.handle(null);
      return done.future();
    }
    rows.handler(row -> {
      response.write(TodoRepository.json(row).encode() + "\n");
      rowsWritten.incrementAndGet();
      if (response.writeQueueFull()) {                               // slow client: stop reading SQLite
        rows.pause();
        response.drainHandler(v -> rows.resume());
      }
    });
    return done.future();
  }
  // end::ndjson[]
}
