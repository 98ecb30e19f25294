package io.github.vertxsqlite.quarkus.deployment;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusUnitTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With SmallRye Health, readiness asks every active SQLite pool for {@code SELECT 1}. */
class HealthCheckTest {

  static final String CHECK = "Reactive SQLite connections health check";

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      // with named datasources present, the default one needs its db-kind spelled out (a Quarkus rule)
      .overrideConfigKey("quarkus.datasource.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite:target/health.db")
      .overrideConfigKey("quarkus.datasource.broken.db-kind", "sqlite")
      // a directory that does not exist: the file cannot be created, so this pool cannot connect
      .overrideConfigKey("quarkus.datasource.broken.reactive.url", "sqlite:target/no-such-dir/x.db")
      .overrideConfigKey("quarkus.datasource.health.enabled", "true");

  @Test
  void readinessReportsEachPool() {
    JsonPath health = when().get("/q/health/ready").then()
        .statusCode(503)
        .body("status", equalTo("DOWN"))
        .body("checks.name", hasItem(CHECK))
        .extract().jsonPath();
    Map<String, Object> data = health.getMap("checks.find { it.name == '" + CHECK + "' }.data");
    assertEquals("UP", data.get("<default>"), data::toString);
    assertTrue(String.valueOf(data.get("broken")).startsWith("down - connection failed"), data::toString);
  }
}
