package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TodoVerticleTest {

  private Vertx vertx;
  private WebClient client;
  private TodoVerticle service;


  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    Path db = Files.createDirectories(Path.of("target")).resolve("todos-" + System.nanoTime() + ".db");
    service = new TodoVerticle(db.toString(), 0);
    await(vertx.deployVerticle(service));
    client = WebClient.create(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    await(vertx.close());
  }

  private HttpResponse<Buffer> send(String method, String path, JsonObject body) throws Exception {
    var request = client.request(io.vertx.core.http.HttpMethod.valueOf(method), service.actualPort(), "localhost", path);
    return await(body == null ? request.send() : request.sendJsonObject(body));
  }

  @Test
  void crudOverHttp() throws Exception {
    HttpResponse<Buffer> created = send("POST", "/todos", new JsonObject().put("title", "write tests"));
    assertEquals(201, created.statusCode());
    long id = created.bodyAsJsonObject().getLong("id");
    assertEquals(new JsonObject().put("id", id).put("title", "write tests").put("done", false), send("GET", "/todos/" + id, null).bodyAsJsonObject());
    assertEquals(204, send("PUT", "/todos/" + id, new JsonObject().put("title", "tests written").put("done", true)).statusCode());
    assertEquals(true, send("GET", "/todos/" + id, null).bodyAsJsonObject().getBoolean("done"));
    JsonArray all = send("GET", "/todos", null).bodyAsJsonArray();
    assertEquals(1, all.size());
    assertEquals(204, send("DELETE", "/todos/" + id, null).statusCode());
    assertEquals(404, send("GET", "/todos/" + id, null).statusCode());
    assertEquals(404, send("DELETE", "/todos/" + id, null).statusCode());
  }

  @Test
  void exportStreamsNewlineDelimitedJson() throws Exception {
    List<Future<?>> creates = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      creates.add(client.post(service.actualPort(), "localhost", "/todos").sendJsonObject(new JsonObject().put("title", "item " + i)));
    }
    await(Future.all(creates));
    HttpResponse<Buffer> export = send("GET", "/todos/export", null);
    assertEquals("application/x-ndjson", export.getHeader("content-type"));
    String[] lines = export.bodyAsString().split("\n");
    assertEquals(300, lines.length);
    for (int i = 0; i < lines.length; i++) {
      assertEquals(i + 1, new JsonObject(lines[i]).getLong("id"));
    }
  }
}
