package io.vertx.sqliteclient.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class QuickstartTest {

  @Test
  void printsWhatItDid(Vertx vertx, VertxTestContext test) throws Exception {
    Path db = Files.createDirectories(Path.of("target")).resolve("quickstart-test.db");
    Files.deleteIfExists(db);
    List<String> lines = new ArrayList<>();
    // twice: the example must be re-runnable on its own database
    Quickstart.run(vertx, db.toString(), s -> { })
      .compose(v -> Quickstart.run(vertx, db.toString(), lines::add))
      .onComplete(test.succeeding(v -> test.verify(() -> {
        assertEquals(List.of(
          "Opened " + db + " with a pool of 4 connections",
          "Inserted 3 fruits in one transaction",
          "Cheap: apple at 0.5",
          "Cheap: pear at 0.75",
          "Inserted kiwi with id 4",
          "Streamed 4 fruits: apple, cherry, kiwi, pear"), lines);
        test.completeNow();
      })));
  }
}
