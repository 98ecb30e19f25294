package io.vertx.sqliteclient.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /fruits/export streams every fruit, far more than a page, reading SQLite only as fast as the client reads,
 * and gives its connection back when the client goes away mid-stream.
 */
@QuarkusTest
class FruitExportTest {

  private static final int ROWS = 20_000;
  private static final int NAME_CHARS = 2_000;    // 20k rows of ~2 KB: ~40 MB, far more than socket buffers hold
  private static final int POOL_SIZE = 4;         // quarkus.datasource.reactive.max-size

  @Inject
  Pool pool;

  @Inject
  Vertx vertx;

  @Inject
  FruitExport export;

  private final String prefix = "export-" + System.nanoTime() + "-";
  private HttpClient http;

  @BeforeEach
  void seed() {
    http = vertx.createHttpClient();
    pool.preparedQuery("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
        + " INSERT INTO fruit (name) SELECT ? || i || printf('-%." + NAME_CHARS + "c', 'x') FROM n")
        .execute(Tuple.of(ROWS, prefix)).await().atMost(Duration.ofSeconds(60));
  }

  @AfterEach
  void removeTheseFruits() throws Exception {
    http.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    pool.preparedQuery("DELETE FROM fruit WHERE name LIKE ?").execute(Tuple.of(prefix + "%"))
        .await().atMost(Duration.ofSeconds(60));
  }

  /** An export whose response the client does not read yet. */
  private HttpClientResponse pausedExport() throws Exception {
    return http.request(HttpMethod.GET, RestAssured.port, "localhost", "/fruits/export")
        .compose(req -> req.send())
        .onSuccess(response -> response.exceptionHandler(e -> { }).pause())   // a test may close it: no log for that
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void aSlowClientHoldsTheExportBack() throws Exception {
    HttpClientResponse response = pausedExport();
    assertEquals(200, response.statusCode());
    assertTrue(response.getHeader("content-type").startsWith("application/x-ndjson"), response.getHeader("content-type"));
    long before = export.rowsSent();
    Thread.sleep(2_000);                     // ample time to read and send all rows if nothing held them back
    long sentWhilePaused = export.rowsSent() - before;
    assertTrue(sentWhilePaused < ROWS / 2, "rows sent to a client that reads nothing: " + sentWhilePaused);

    AtomicLong mine = new AtomicLong();
    AtomicLong lastId = new AtomicLong();
    StringBuilder partial = new StringBuilder();
    CompletableFuture<Void> end = new CompletableFuture<>();
    response.handler(chunk -> {
      partial.append(chunk.toString());
      int newline;
      while ((newline = partial.indexOf("\n")) >= 0) {
        JsonObject fruit = new JsonObject(partial.substring(0, newline));
        assertTrue(fruit.getLong("id") > lastId.get(), "ids in order");
        lastId.set(fruit.getLong("id"));
        if (fruit.getString("name").startsWith(prefix)) {
          mine.incrementAndGet();
        }
        partial.delete(0, newline + 1);
      }
    }).exceptionHandler(end::completeExceptionally).endHandler(v -> end.complete(null));
    response.resume();
    end.get(60, TimeUnit.SECONDS);
    assertEquals(ROWS, mine.get());
    assertEquals(0, partial.length());
  }

  @Test
  void clientsThatGoAwayStopTheirExportAndGiveItsConnectionBack() throws Exception {
    List<HttpClientResponse> abandoned = new ArrayList<>();
    for (int i = 0; i < POOL_SIZE; i++) {
      abandoned.add(pausedExport());          // each holds one of the pool's connections, its stream paused
    }
    long sentBeforeTheyLeft = export.rowsSent();
    LogCapture logs = new LogCapture();
    for (HttpClientResponse response : abandoned) {
      response.request().connection().close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
    // an export needs a connection of its own: this one starts only once an abandoned one gave its connection back
    pausedExport();
    long sentSince = export.rowsSent() - sentBeforeTheyLeft;
    assertTrue(sentSince < ROWS / 2, "rows read for clients that had gone, or for the new one: " + sentSince);
    Thread.sleep(500);                        // let the server notice the broken connections, and log if it would
    logs.close();
    assertEquals(List.of(), logs.aboveDebug(new ExpectedLogFilter()), "clients leaving is no fault of the service");
  }
}
