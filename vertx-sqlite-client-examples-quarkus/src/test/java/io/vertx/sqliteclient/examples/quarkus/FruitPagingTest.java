package io.vertx.sqliteclient.examples.quarkus;

import static io.restassured.RestAssured.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GET /fruits is a page: at most {@code limit} fruits after the id {@code after}, and a Link to the next page.
 * The test database outlives a run, so each test works on fruits of its own, after the ids already there.
 */
@QuarkusTest
class FruitPagingTest {

  private static final Pattern NEXT = Pattern.compile("<(/fruits\\?after=\\d+&limit=\\d+)>; rel=\"next\"");

  @Inject
  Pool pool;

  private final String prefix = "paging-" + System.nanoTime() + "-";

  /** Inserts {@code count} fruits of this test; their ids, in order. */
  private List<Long> seed(int count) {
    pool.preparedQuery("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
        + " INSERT INTO fruit (name) SELECT ? || i FROM n").execute(Tuple.of(count, prefix))
        .await().atMost(Duration.ofSeconds(30));
    List<Long> ids = new ArrayList<>();
    for (Row row : pool.preparedQuery("SELECT id FROM fruit WHERE name LIKE ? ORDER BY id").execute(Tuple.of(prefix + "%"))
        .await().atMost(Duration.ofSeconds(30))) {
      ids.add(row.getLong("id"));
    }
    return ids;
  }

  @AfterEach
  void removeTheseFruits() {
    pool.preparedQuery("DELETE FROM fruit WHERE name LIKE ?").execute(Tuple.of(prefix + "%"))
        .await().atMost(Duration.ofSeconds(30));
  }

  private static List<Long> ids(Response page) {
    return page.jsonPath().getList("id", Long.class);
  }

  /** The next page's path from the Link header, or null on the last page. */
  private static String next(Response page) {
    String link = page.header("link");
    if (link == null) {
      return null;
    }
    Matcher m = NEXT.matcher(link);
    assertTrue(m.matches(), link);
    return m.group(1);
  }

  @Test
  void followingTheLinksVisitsEveryFruitOnce() {
    List<Long> mine = seed(25);
    List<Long> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String path = "/fruits?after=" + (mine.get(0) - 1) + "&limit=10";
    while (path != null) {
      Response page = when().get(path).then().statusCode(200).extract().response();
      sizes.add(ids(page).size());
      seen.addAll(ids(page));
      path = next(page);
    }
    assertEquals(List.of(10, 10, 5), sizes);
    assertEquals(mine, seen);
  }

  @Test
  void withoutALimitAPageHasTheDefaultSize() {
    List<Long> mine = seed(Paging.DEFAULT_LIMIT + 1);
    Response page = when().get("/fruits?after=" + (mine.get(0) - 1)).then().statusCode(200).extract().response();
    assertEquals(mine.subList(0, Paging.DEFAULT_LIMIT), ids(page));
    assertEquals("/fruits?after=" + mine.get(Paging.DEFAULT_LIMIT - 1) + "&limit=" + Paging.DEFAULT_LIMIT, next(page));
    Response last = when().get(next(page)).then().statusCode(200).extract().response();
    assertEquals(List.of(mine.get(Paging.DEFAULT_LIMIT)), ids(last));
    assertNull(next(last));
  }
}
