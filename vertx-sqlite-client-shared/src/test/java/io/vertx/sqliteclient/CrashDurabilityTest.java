package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Kills a writing JVM with SIGKILL in the middle of its load, then checks that every transaction whose future
 * had completed is in the database and that the file passes {@code PRAGMA integrity_check}.
 */
class CrashDurabilityTest {

  private static final int COMMITS_BEFORE_KILL = 2_000;

  @Test
  void everyCompletedTransactionSurvivesSigkill() throws Exception {
    String database = SqliteTestSupport.newDatabase();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), database)
      .redirectErrorStream(true)
      .start();
    Set<Long> committed = new HashSet<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed.add(Long.parseLong(line.substring("committed ".length())));
          if (committed.size() == COMMITS_BEFORE_KILL) {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, writes in flight
            break;
          }
        } else if (!line.equals("ready") && !line.startsWith("SLF4J")) {
          System.err.println("writer: " + line);
        }
      }
    } finally {
      child.destroyForcibly();
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertFalse(child.isAlive());
    assertEquals(COMMITS_BEFORE_KILL, committed.size(), "the writer died before the kill");

    Vertx vertx = Vertx.vertx();
    try {
      Pool pool = SqliteTestSupport.pool(vertx, database, 1);
      assertEquals("ok", await(pool.query("PRAGMA integrity_check").execute()).iterator().next().getString(0));
      Set<Long> present = new HashSet<>();
      for (Row row : await(pool.query("SELECT id FROM log").execute())) {
        present.add(row.getLong(0));
      }
      Set<Long> lost = new HashSet<>(committed);
      lost.removeAll(present);
      assertEquals(Set.of(), lost, "transactions reported committed but missing after the crash");
      assertTrue(present.size() >= committed.size());
    } finally {
      await(vertx.close());
    }
  }
}
