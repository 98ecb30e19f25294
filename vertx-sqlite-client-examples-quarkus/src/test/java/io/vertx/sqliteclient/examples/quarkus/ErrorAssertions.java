package io.vertx.sqliteclient.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Checks that a request is answered with a status and a JSON body {@code {"error": "…"}} saying what was wrong. */
final class ErrorAssertions {

  private ErrorAssertions() {
  }

  /** {@code body} is sent as is (null: no body at all), so tests can send what no JSON encoder would. */
  static void assertError(int status, String saying, String method, String path, String body) {
    RequestSpecification request = given().contentType(ContentType.JSON);
    if (body != null) {
      request = request.body(body);
    }
    request.when().request(method, path)
        .then().statusCode(status).contentType(ContentType.JSON).body("error", containsString(saying));
  }
}
