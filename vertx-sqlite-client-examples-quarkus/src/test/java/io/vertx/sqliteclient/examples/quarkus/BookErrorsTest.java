package io.vertx.sqliteclient.examples.quarkus;

import static io.restassured.RestAssured.given;
import static io.vertx.sqliteclient.examples.quarkus.ErrorAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same for /books, through Hibernate Reactive: there the SQLite error arrives wrapped in Hibernate's own
 * exceptions, and the 409 comes from the SQLite extended code found in the cause chain.
 */
@QuarkusTest
class BookErrorsTest {

  private LogCapture logs;

  @BeforeEach
  void capture() {
    logs = new LogCapture();
  }

  @AfterEach
  void release() {
    logs.close();
  }

  private static int create(String json) {
    return given().contentType(ContentType.JSON).body(json).when().post("/books")
        .then().statusCode(201).extract().path("id");
  }

  @Test
  void aBookWithoutATitleIsA400() {
    assertError(400, "title", "POST", "/books", "{\"pages\": 100}");
    assertError(400, "title", "POST", "/books", "{\"title\": \"\", \"pages\": 100}");
    assertError(400, "pages", "POST", "/books", "{\"title\": \"Dune\", \"pages\": -1}");
    assertError(400, "JSON object", "POST", "/books", null);
    assertError(400, "JSON", "POST", "/books", "{\"title\": ");
    int id = create("{\"title\": \"Hyperion\", \"pages\": 482}");
    assertError(400, "title", "PUT", "/books/" + id, "{\"pages\": 1}");
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void aDuplicateIsbnIsA409() {
    String isbn = "978-" + System.nanoTime();
    create("{\"title\": \"Neuromancer\", \"pages\": 271, \"isbn\": \"" + isbn + "\"}");
    assertError(409, "a book with isbn '" + isbn + "' already exists", "POST", "/books",
        "{\"title\": \"Count Zero\", \"pages\": 256, \"isbn\": \"" + isbn + "\"}");
    int other = create("{\"title\": \"Mona Lisa Overdrive\", \"pages\": 308}");
    assertError(409, "a book with isbn '" + isbn + "' already exists", "PUT", "/books/" + other,
        "{\"title\": \"Mona Lisa Overdrive\", \"pages\": 308, \"isbn\": \"" + isbn + "\"}");
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void aNonNumericIdIsA400AndNoSuchBookA404() {
    assertError(400, "'abc'", "GET", "/books/abc", null);
    assertError(404, "no book with id 999999", "GET", "/books/999999", null);
    assertError(404, "no book with id 999999", "PUT", "/books/999999", "{\"title\": \"x\", \"pages\": 1}");
    assertError(404, "no book with id 999999", "DELETE", "/books/999999", null);
    assertError(400, "limit", "GET", "/books?limit=0", null);
    assertEquals(List.of(), logs.aboveDebug());
  }
}
