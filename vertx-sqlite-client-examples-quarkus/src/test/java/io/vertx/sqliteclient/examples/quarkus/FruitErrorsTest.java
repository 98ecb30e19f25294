package io.vertx.sqliteclient.examples.quarkus;

import static io.vertx.sqliteclient.examples.quarkus.ErrorAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client's mistake on /fruits is a 4xx with a JSON body saying what was wrong, and nothing above DEBUG is logged. */
@QuarkusTest
class FruitErrorsTest {

  private LogCapture logs;

  @BeforeEach
  void capture() {
    logs = new LogCapture();
  }

  @AfterEach
  void release() {
    logs.close();
  }

  @Test
  void aDuplicateNameIsA409() {
    assertError(409, "a fruit named 'apple' already exists", "POST", "/fruits", "{\"name\":\"apple\"}");
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void aBodyThatIsNotAFruitIsA400() {
    assertError(400, "name", "POST", "/fruits", "{}");
    assertError(400, "name", "POST", "/fruits", "{\"name\":\"  \"}");
    assertError(400, "JSON object", "POST", "/fruits", null);
    assertError(400, "JSON", "POST", "/fruits", "{\"name\": ");
    assertError(400, "JSON", "POST", "/fruits", "[\"kiwi\"]");
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void aNonNumericIdIsA400AndNoSuchFruitA404() {
    assertError(400, "'abc'", "GET", "/fruits/abc", null);
    assertError(400, "'abc'", "DELETE", "/fruits/abc", null);
    assertError(404, "no fruit with id 999999", "GET", "/fruits/999999", null);
    assertError(404, "no fruit with id 999999", "DELETE", "/fruits/999999", null);
    assertError(404, "/nowhere", "GET", "/nowhere", null);
    assertEquals(List.of(), logs.aboveDebug());
  }

  @Test
  void badPagingParametersAreA400() {
    assertError(400, "limit", "GET", "/fruits?limit=abc", null);
    assertError(400, "limit", "GET", "/fruits?limit=0", null);
    assertError(400, "limit", "GET", "/fruits?limit=" + (Paging.MAX_LIMIT + 1), null);
    assertError(400, "after", "GET", "/fruits?after=abc", null);
    assertEquals(List.of(), logs.aboveDebug());
  }
}
