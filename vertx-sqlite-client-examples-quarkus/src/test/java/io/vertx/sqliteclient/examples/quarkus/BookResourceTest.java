package io.vertx.sqliteclient.examples.quarkus;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hibernate Reactive CRUD on SQLite with IDENTITY ids. */
@QuarkusTest
class BookResourceTest {

  @Inject
  Pool pool;

  /** SQLite generates ids only for an INTEGER PRIMARY KEY (the rowid); any other declared type stores NULL. */
  @Test
  void theIdentityColumnIsTheRowid() {
    Row id = pool.query("SELECT type, pk FROM pragma_table_info('Book') WHERE name = 'id'").execute()
        .await().atMost(Duration.ofSeconds(10)).iterator().next();
    assertEquals("INTEGER", id.getString("type").toUpperCase(java.util.Locale.ROOT));
    assertEquals(1, id.getInteger("pk"));
  }

  @Test
  void crudWithGeneratedIds() {
    int first = create("Dune", 412);
    int second = create("Solaris", 204);
    assertTrue(first > 0, "SQLite assigns positive rowids");
    assertEquals(first + 1, second, "ids come from the table's rowid, in insert order");

    when().get("/books/" + first).then().statusCode(200)
        .body("title", equalTo("Dune")).body("pages", equalTo(412));

    given().contentType(ContentType.JSON).body("{\"title\":\"Dune Messiah\",\"pages\":256}")
        .when().put("/books/" + first)
        .then().statusCode(200).body("id", equalTo(first)).body("title", equalTo("Dune Messiah"));
    when().get("/books/" + first).then().statusCode(200)
        .body("title", equalTo("Dune Messiah")).body("pages", equalTo(256));

    when().delete("/books/" + second).then().statusCode(204);
    when().get("/books/" + second).then().statusCode(404);
    when().get("/books").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(first))
        .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(second)));
  }

  private static int create(String title, int pages) {
    return given().contentType(ContentType.JSON)
        .body("{\"title\":\"" + title + "\",\"pages\":" + pages + "}")
        .when().post("/books")
        .then().statusCode(201).body("title", equalTo(title))
        .extract().path("id");
  }
}
