package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples' main methods as the README runs them, each in a JVM of its own: files go under data/ (which git
 * ignores), and a SIGTERM closes the database, so SQLite checkpoints the WAL and removes -wal and -shm.
 */
class ExampleMainsTest {

  private static Path workDir(String name) {
    return Path.of("target", "mains", name + "-" + System.nanoTime()).toAbsolutePath();
  }

  /** Every file under {@code dir}, relative to it, sorted. */
  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  private static long count(Path database, String table) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      SqliteConnection conn = await(SqliteConnection.connect(vertx, new SqliteConnectOptions().setDatabase(database.toString())));
      return await(conn.query("SELECT count(*) FROM " + table).execute()).iterator().next().getLong(0);
    } finally {
      await(vertx.close());
    }
  }

  @Test
  void theDataDirectoryIsIgnoredByGit() throws Exception {
    assertEquals(Path.of("data"), ExampleLauncher.DATA);
    assertTrue(Files.readAllLines(Path.of("..", ".gitignore")).contains("/data/"));
  }

  @Test
  void quickstartWithoutArgumentsWritesOnlyUnderData() throws Exception {
    Path dir = workDir("quickstart");
    try (ChildJvm quickstart = ChildJvm.start(dir, Quickstart.class)) {
      quickstart.awaitLine("^Opened data/quickstart.db with a pool of 4 connections$", 60);
      quickstart.awaitLine("^Streamed 4 fruits", 60);
      assertEquals(0, quickstart.awaitExit(60), quickstart.stderr());
    }
    assertEquals(List.of("data/quickstart.db"), files(dir));
  }

  @Test
  void todoServiceClosesItsDatabaseOnSigterm() throws Exception {
    Path dir = workDir("todo");
    Path db = dir.resolve("todos.db");
    try (ChildJvm todo = ChildJvm.start(dir, TodoVerticle.class, db.toString(), "0")) {
      Matcher started = todo.awaitLine("^Todo service on http://localhost:(\\d+)/todos", 60);
      HttpResponse<String> created = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + started.group(1) + "/todos"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"survive a SIGTERM\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
      assertEquals(201, created.statusCode(), created.body());
      assertTrue(Files.exists(Path.of(db + "-wal")), "a running WAL database has its -wal file");
      assertNotEquals(0, todo.terminate());
    }
    assertEquals(List.of("todos.db"), files(dir));
    assertFalse(Files.exists(dir.resolve("file-uploads")), "a JSON API leaves no upload directory behind");
    assertEquals(1, count(db, "todo"));
  }

  @Test
  void backupTimerSaysAtOnceWhatItWillDoAndClosesOnSigterm() throws Exception {
    Path dir = workDir("backup");
    Path db = Files.createDirectories(dir.resolve("data")).resolve("quickstart.db");
    Vertx vertx = Vertx.vertx();
    SqliteConnection seed = await(SqliteConnection.connect(vertx, new SqliteConnectOptions().setDatabase(db.toString())));
    await(seed.query("CREATE TABLE t (x); INSERT INTO t VALUES (1)").execute());
    await(vertx.close());
    try (ChildJvm timer = ChildJvm.start(dir, BackupTimer.class)) {
      timer.awaitLine("^Backing up data/quickstart.db every 60 s into data/backups/, the first in 60 s; Ctrl-C stops$", 60);
      assertTrue(Files.exists(Path.of(db + "-wal")), "a running WAL database has its -wal file");
      assertNotEquals(0, timer.terminate());
    }
    assertEquals(List.of("data/quickstart.db"), files(dir));
  }

  @Test
  void backupTimerReportsEachBackup() throws Exception {
    Path dir = workDir("backup-each");
    try (ChildJvm timer = ChildJvm.start(dir, BackupTimer.class, "live.db", "copies", "1")) {
      timer.awaitLine("^Backing up live.db every 1 s into copies/", 60);
      Matcher backup = timer.awaitLine("^Backed up live.db to (copies/backup-[0-9-]+\\.db)$", 60);
      assertTrue(Files.exists(dir.resolve(backup.group(1))), backup.group(1));
      timer.terminate();
    }
    assertFalse(files(dir).stream().anyMatch(f -> f.endsWith("-wal") || f.endsWith("-shm")), files(dir).toString());
  }

  @Test
  void backupTimerThatCannotStartSaysWhyAndExits() throws Exception {
    Path dir = workDir("backup-fails");
    try (ChildJvm timer = ChildJvm.start(dir, BackupTimer.class, "no/such/dir/live.db")) {
      assertEquals(1, timer.awaitExit(60));
      String stderr = timer.stderr();
      assertTrue(stderr.contains("BackupTimer could not start") && stderr.contains("SQLITE_CANTOPEN"), stderr);
    }
  }
}
