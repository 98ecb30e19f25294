package io.vertx.sqliteclient.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application starts without a warning: what its configuration does on purpose is explained where it is set,
 * not left for every start to warn about. Reads the test profile's log file (rotated at each start).
 */
@QuarkusTest
class StartupLogTest {

  @Test
  void startsWithoutAWarning() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("target", "quarkus-test.log"));
    List<String> startup = new ArrayList<>();
    for (String line : lines) {
      startup.add(line);
      if (line.contains(" started in ")) {
        break;
      }
    }
    assertTrue(startup.get(startup.size() - 1).contains(" started in "), "the log has this run's start: " + lines);
    assertEquals(1, lines.stream().filter(l -> l.contains(" started in ")).count(), "one start per log: " + lines);
    assertEquals(List.of(), startup.stream().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList());
  }
}
