package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh Vert.x per test, closed afterwards (closing it closes the test's pools and connections). */
abstract class VertxPerTest {

  protected Vertx vertx;

  @BeforeEach
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void closeVertx() {
    await(vertx.close());
  }
}
