package io.vertx.sqliteclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A result larger than the Java heap fails with SQLITE_NOMEM, not SQLITE_MISUSE, and the pool goes on: a child JVM
 * with a 128 MB heap reads a 200 MB BLOB.
 */
class OutOfMemoryTest {

  /** The child: prints the failure's code name and message, then the answer of the next query on the same pool. */
  public static void main(String[] args) throws Exception {
    Vertx vertx = Vertx.vertx();
    Pool pool = SqliteTestSupport.pool(vertx, args[0], 1);
    Throwable failure = pool.query("SELECT zeroblob(200000000)").execute()
      .toCompletionStage().handle((rows, err) -> err).toCompletableFuture().get(60, TimeUnit.SECONDS);
    System.out.println(failure instanceof SqliteException ? ((SqliteException) failure).getCodeName() : "not a SqliteException: " + failure);
    System.out.println(failure == null ? "" : failure.getMessage().replace('\n', ' '));
    System.out.println(SqliteTestSupport.await(pool.query("SELECT 40 + 2").execute()).iterator().next().getLong(0));
    SqliteTestSupport.await(vertx.close());
  }

  @Test
  void aResultLargerThanTheHeapIsNomemAndThePoolGoesOn() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(javaBin, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
      OutOfMemoryTest.class.getName(), SqliteTestSupport.newDatabase()).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(90, TimeUnit.SECONDS), "the child JVM did not finish");
    List<String> lines = output.lines().filter(l -> !l.startsWith("SLF4J") && !l.isBlank()).toList();
    assertEquals(3, lines.size(), output);
    assertEquals("SQLITE_NOMEM", lines.get(0), output);
    assertTrue(lines.get(1).contains("Java heap"), lines.get(1));
    assertEquals("42", lines.get(2));
  }
}
