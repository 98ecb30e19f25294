package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MigrationTest {


  @Test
  void theSameLookupOnBothPools() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      String file = Files.createDirectories(Path.of("target")).resolve("migration-" + System.nanoTime() + ".db").toString();
      Pool after = Migration.after(vertx, file);
      await(after.query("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO person VALUES (1, 'Ada')").execute());
      Pool before = Migration.before(vertx, file);
      assertEquals("Ada", await(Migration.lookup(before, 1)).iterator().next().getString("name"));
      assertEquals("Ada", await(Migration.lookup(after, 1)).iterator().next().getString("name"));
    } finally {
      await(vertx.close());
    }
  }
}
