package io.vertx.sqliteclient.examples.quarkus;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FruitResourceTest {

  @Test
  void listsTheSeededFruits() {
    when().get("/fruits").then()
        .statusCode(200)
        .body("name", hasItems("apple", "banana", "cherry"));
  }

  @Test
  void createsReadsAndDeletesAFruit() {
    int id = given().contentType(ContentType.JSON).body("{\"name\":\"mango\"}")
        .when().post("/fruits")
        .then().statusCode(201).body("name", equalTo("mango"))
        .extract().path("id");

    when().get("/fruits/" + id).then().statusCode(200).body("name", equalTo("mango"));
    when().delete("/fruits/" + id).then().statusCode(204);
    when().get("/fruits/" + id).then().statusCode(404);
    when().delete("/fruits/" + id).then().statusCode(404);
  }
}
