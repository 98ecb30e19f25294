package io.vertx.sqliteclient.examples;

import static io.vertx.core.http.HttpMethod.GET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /todos is a page: at most {@code limit} items after the id {@code after}, and a Link to the next page. */
class TodoPagingTest {

  private static final Pattern NEXT = Pattern.compile("<(/todos\\?after=\\d+&limit=\\d+)>; rel=\"next\"");

  private RunningTodoService todos;

  @BeforeEach
  void start() throws Exception {
    todos = new RunningTodoService();
  }

  @AfterEach
  void stop() throws Exception {
    todos.close();
  }

  private void seed(int count) throws Exception {
    todos.sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + count + ")"
      + " INSERT INTO todo (title) SELECT 'item ' || i FROM n");
  }

  private static List<Long> ids(HttpResponse<Buffer> page) {
    JsonArray items = page.bodyAsJsonArray();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ids.add(items.getJsonObject(i).getLong("id"));
    }
    return ids;
  }

  /** The next page's path from the Link header, or null on the last page. */
  private static String next(HttpResponse<Buffer> page) {
    String link = page.getHeader("link");
    if (link == null) {
      return null;
    }
    Matcher m = NEXT.matcher(link);
    assertEquals(true, m.matches(), link);
    return m.group(1);
  }

  @Test
  void followingTheLinksVisitsEveryItemOnce() throws Exception {
    seed(25);
    List<Long> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String path = "/todos?limit=10";
    while (path != null) {
      HttpResponse<Buffer> page = todos.send(GET, path, null);
      assertEquals(200, page.statusCode());
      sizes.add(page.bodyAsJsonArray().size());
      seen.addAll(ids(page));
      path = next(page);
    }
    assertEquals(List.of(10, 10, 5), sizes);
    assertEquals(LongStream.rangeClosed(1, 25).boxed().toList(), seen);
  }

  @Test
  void afterStartsBehindTheGivenId() throws Exception {
    seed(5);
    HttpResponse<Buffer> page = todos.send(GET, "/todos?after=3", null);
    assertEquals(List.of(4L, 5L), ids(page));
    assertNull(next(page));
  }

  @Test
  void withoutALimitAPageHasTheDefaultSize() throws Exception {
    seed(TodoInput.DEFAULT_LIMIT + 1);
    HttpResponse<Buffer> page = todos.send(GET, "/todos", null);
    assertEquals(TodoInput.DEFAULT_LIMIT, page.bodyAsJsonArray().size());
    assertEquals("/todos?after=" + TodoInput.DEFAULT_LIMIT + "&limit=" + TodoInput.DEFAULT_LIMIT, next(page));
  }

  @Test
  void aPageIsNeverLongerThanTheMaximum() throws Exception {
    seed(TodoInput.MAX_LIMIT + 1);
    HttpResponse<Buffer> page = todos.send(GET, "/todos?limit=" + TodoInput.MAX_LIMIT, null);
    assertEquals(TodoInput.MAX_LIMIT, page.bodyAsJsonArray().size());
    assertEquals(List.of((long) TodoInput.MAX_LIMIT + 1), ids(todos.send(GET, next(page), null)));
  }
}
