package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackupTimerTest {


  @Test
  void backsUpOnTheTimer() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Path dir = Files.createDirectories(Path.of("target")).resolve("backups-" + System.nanoTime());
      String db = dir + ".db";
      SqliteConnection writer = await(SqliteConnection.connect(vertx, new SqliteConnectOptions().setDatabase(db)));
      await(writer.query("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3)").execute());
      BackupTimer timer = new BackupTimer(db, dir, 50);
      await(vertx.deployVerticle(timer));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (timer.backups() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(timer.backups() >= 2, "backups made: " + timer.backups());
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.getFileName().toString().startsWith("backup-")).collect(Collectors.toList());
      }
      assertTrue(files.size() >= 2);
      SqliteConnection copy = await(SqliteConnection.connect(vertx, new SqliteConnectOptions().setDatabase(files.get(0).toString())));
      assertEquals(3L, await(copy.query("SELECT count(*) FROM t").execute()).iterator().next().getLong(0));
    } finally {
      await(vertx.close());
    }
  }
}
