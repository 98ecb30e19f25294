package io.vertx.sqliteclient.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged application as the README runs it ({@code java -jar …/quarkus-run.jar}), in a working directory
 * of its own: its database goes under data/, it starts without a warning, and SIGTERM closes the pool, so SQLite
 * checkpoints the WAL and removes -wal and -shm. Runs after {@code package} (the pom's integration-test execution).
 */
class PackagedAppIT {

  private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

  @Test
  void keepsItsDatabaseUnderDataAndClosesItOnSigterm() throws Exception {
    Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    Path dir = Files.createDirectories(Path.of("target", "packaged-app-" + System.nanoTime()).toAbsolutePath());
    Path log = dir.resolveSibling(dir.getFileName() + ".log");
    Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dquarkus.http.port=0", "-jar", jar.toString())
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      int port = awaitPort(log);
      HttpResponse<String> created = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fruits"))
              .header("content-type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"quince\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(201, created.statusCode(), created.body());
      assertTrue(Files.exists(dir.resolve("data/quarkus-example.db-wal")), "a running WAL database has its -wal file");
      app.destroy();                                   // SIGTERM
      assertTrue(app.waitFor(30, TimeUnit.SECONDS), "stopped within 30 s");
      assertNotEquals(0, app.exitValue());
    } finally {
      app.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(log);
    assertEquals(List.of(), lines.stream().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList());
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(List.of("data/quarkus-example.db"),
          files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList());
    }
  }

  private static int awaitPort(Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Matcher m = LISTENING.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not started within 60 s: " + Files.readString(log));
  }
}
