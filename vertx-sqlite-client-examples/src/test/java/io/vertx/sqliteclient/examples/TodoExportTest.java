package io.vertx.sqliteclient.examples;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.sqliteclient.examples.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /todos/export streams every item, far more than a page, reading SQLite only as fast as the client reads,
 * and gives its connection back to the pool when the client goes away mid-stream.
 */
class TodoExportTest {

  private static final int ROWS = 20_000;
  private static final int TITLE_CHARS = 2_000;   // 20k rows of ~2 KB: ~40 MB, far more than socket buffers hold

  private RunningTodoService todos;
  private HttpClient http;

  @BeforeEach
  void start() throws Exception {
    todos = new RunningTodoService();
    http = todos.vertx.createHttpClient();
    todos.sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + ROWS + ")"
      + " INSERT INTO todo (title) SELECT printf('%." + TITLE_CHARS + "c', 'x') FROM n");
  }

  @AfterEach
  void stop() throws Exception {
    todos.close();
  }

  /** An export whose response the client does not read yet. */
  private HttpClientResponse pausedExport() throws Exception {
    return await(http.request(GET, todos.port(), "localhost", "/todos/export")
      .compose(req -> req.send())
      .onSuccess(response -> response.exceptionHandler(e -> { }).pause()));   // a test may close it: no log for that
  }

  @Test
  void aSlowClientHoldsTheExportBack() throws Exception {
    HttpClientResponse response = pausedExport();
    assertEquals("application/x-ndjson", response.getHeader("content-type"));
    Thread.sleep(2_000);                     // ample time to read and send all rows if nothing held them back
    long sentWhilePaused = todos.service.exportedRows();
    assertTrue(sentWhilePaused < ROWS / 2, "rows sent to a client that reads nothing: " + sentWhilePaused);

    AtomicLong lines = new AtomicLong();
    AtomicLong lastId = new AtomicLong();
    StringBuilder partial = new StringBuilder();
    response.handler(chunk -> {
      partial.append(chunk.toString());
      int newline;
      while ((newline = partial.indexOf("\n")) >= 0) {
        long id = new JsonObject(partial.substring(0, newline)).getLong("id");
        assertEquals(lastId.get() + 1, id, "ids in order, none skipped");
        lastId.set(id);
        lines.incrementAndGet();
        partial.delete(0, newline + 1);
      }
    });
    Future<Void> end = response.end();
    response.resume();
    await(end);
    assertEquals(ROWS, lines.get());
    assertEquals(0, partial.length());
  }

  @Test
  void clientsThatGoAwayStopTheirExportAndGiveItsConnectionBack() throws Exception {
    List<HttpClientResponse> abandoned = new ArrayList<>();
    for (int i = 0; i < TodoVerticle.POOL_SIZE; i++) {
      abandoned.add(pausedExport());          // each holds one of the pool's connections, its stream paused
    }
    long sentBeforeTheyLeft = todos.service.exportedRows();
    LogCapture logs = new LogCapture();
    for (HttpClientResponse response : abandoned) {
      await(response.request().connection().close());
    }
    // an export needs a connection of its own: this one starts only once an abandoned one gave its connection back
    http.request(GET, todos.port(), "localhost", "/todos/export")
      .compose(req -> req.send())
      .onSuccess(HttpClientResponse::pause)
      .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    long sentSince = todos.service.exportedRows() - sentBeforeTheyLeft;
    assertTrue(sentSince < ROWS / 2, "rows read for clients that had gone, or for the new one: " + sentSince);
    logs.close();
    assertEquals(List.of(), logs.aboveDebug(), "clients leaving is no fault of the service");
  }
}
