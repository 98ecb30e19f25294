package io.vertx.sqliteclient.examples;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client's mistake is a 4xx with a JSON body saying what was wrong, and nothing is logged above DEBUG for it;
 * a fault of the service is a 500 that says nothing of its insides, and is logged.
 */
class TodoErrorsTest {

  private RunningTodoService todos;
  private LogCapture logs;

  @BeforeEach
  void start() throws Exception {
    todos = new RunningTodoService();
    logs = new LogCapture();
  }

  @AfterEach
  void stop() throws Exception {
    logs.close();
    todos.close();
  }

  private void assertError(int status, String saying, HttpMethod method, String path, String body) throws Exception {
    HttpResponse<Buffer> response = todos.send(method, path, body);
    String sent = body == null || body.length() < 100 ? body : body.substring(0, 100) + "…";
    assertEquals(status, response.statusCode(), method + " " + path + " " + sent + ": " + response.bodyAsString());
    assertEquals("application/json", response.getHeader("content-type"));
    String error = response.bodyAsJsonObject().getString("error");
    assertTrue(error.contains(saying), "'" + error + "' should say '" + saying + "'");
  }

  @Test
  void aNonNumericIdIsA400() throws Exception {
    assertError(400, "'abc'", GET, "/todos/abc", null);
    assertError(400, "'abc'", PUT, "/todos/abc", "{\"title\":\"x\"}");
    assertError(400, "'abc'", DELETE, "/todos/abc", null);
    assertError(400, "'12345678901234567890'", GET, "/todos/12345678901234567890", null);
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void aBodyThatIsNotATodoIsA400() throws Exception {
    assertError(400, "JSON object", POST, "/todos", null);
    assertError(400, "JSON object", POST, "/todos", "");
    assertError(400, "not valid JSON", POST, "/todos", "{\"title\": ");
    assertError(400, "JSON object", POST, "/todos", "[\"title\"]");
    assertError(400, "title", POST, "/todos", "{}");
    assertError(400, "title", POST, "/todos", "{\"title\": 5}");
    assertError(400, "title", POST, "/todos", "{\"title\": \"  \"}");
    assertError(400, "done", PUT, "/todos/1", "{\"title\": \"x\", \"done\": \"yes\"}");
    assertError(400, "title", PUT, "/todos/1", "{\"done\": true}");
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void aBodyOverTheLimitIsA413() throws Exception {
    String huge = new JsonObject().put("title", "x".repeat(TodoVerticle.MAX_BODY_BYTES)).encode();
    assertError(413, "larger than", POST, "/todos", huge);
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void noSuchTodoIsA404() throws Exception {
    assertError(404, "no todo with id 999", GET, "/todos/999", null);
    assertError(404, "no todo with id 999", PUT, "/todos/999", "{\"title\": \"x\", \"done\": true}");
    assertError(404, "no todo with id 999", DELETE, "/todos/999", null);
    assertError(404, "/nowhere", GET, "/nowhere", null);
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void badPagingParametersAreA400() throws Exception {
    assertError(400, "limit", GET, "/todos?limit=abc", null);
    assertError(400, "limit", GET, "/todos?limit=0", null);
    assertError(400, "limit", GET, "/todos?limit=" + (TodoInput.MAX_LIMIT + 1), null);
    assertError(400, "after", GET, "/todos?after=abc", null);
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void aFaultOfTheServiceIsA500ThatIsLogged() throws Exception {
    todos.sql("DROP TABLE todo");
    HttpResponse<Buffer> response = todos.send(GET, "/todos", null);
    assertEquals(500, response.statusCode());
    assertEquals(new JsonObject().put("error", "internal error"), response.bodyAsJsonObject());
    List<String> logged = logs.aboveDebug();
    assertEquals(1, logged.size(), logged.toString());
    assertTrue(logged.get(0).startsWith("SEVERE") && logged.get(0).contains("GET /todos"), logged.get(0));
  }
}
