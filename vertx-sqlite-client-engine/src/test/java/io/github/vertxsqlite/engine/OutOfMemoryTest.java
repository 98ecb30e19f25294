package io.github.vertxsqlite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A value larger than the Java heap fails its statement with SQLITE_NOMEM (not SQLITE_MISUSE) and the connection
 * goes on. Run in a child JVM with a 128 MB heap, reading a 200 MB BLOB.
 */
class OutOfMemoryTest {

  /** The child: prints the failure's code name, its message, then the answer of the next query. */
  public static void main(String[] args) throws Exception {
    CompletableFuture<SqliteEngine> opened = new CompletableFuture<>();
    SqliteEngine.open(new EngineOptions(), (e, err) -> {
      if (err != null) {
        opened.completeExceptionally(err);
      } else {
        opened.complete(e);
      }
    });
    SqliteEngine engine = opened.get(10, TimeUnit.SECONDS);
    CompletableFuture<String> failure = new CompletableFuture<>();
    engine.execute("SELECT zeroblob(200000000)", new Object[0],
      (r, err) -> failure.complete(err instanceof SqliteError ? ((SqliteError) err).codeName() + "\n" + err.getMessage() : "no failure: " + err));
    System.out.println(failure.get(60, TimeUnit.SECONDS));
    CompletableFuture<Object> next = new CompletableFuture<>();
    engine.execute("SELECT 40 + 2", new Object[0], (r, err) -> next.complete(err != null ? err : r.rows().get(0)[0]));
    System.out.println(next.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aValueLargerThanTheHeapIsNomemAndTheConnectionGoesOn() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the engine's tests run on the module path: the child takes every jar and class folder as a plain class path
    String classPath = String.join(java.io.File.pathSeparator, System.getProperty("java.class.path", ""),
      System.getProperty("jdk.module.path", ""), Path.of("target", "test-classes").toString(), Path.of("target", "classes").toString());
    Process child = new ProcessBuilder(javaBin, "-Xmx128m", "-cp", classPath, OutOfMemoryTest.class.getName())
      .redirectErrorStream(true).start();
    assertTrue(child.waitFor(90, TimeUnit.SECONDS), "the child JVM did not finish");
    List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
      .filter(l -> !l.startsWith("SLF4J")).toList();
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertEquals("SQLITE_NOMEM", lines.get(0));
    assertTrue(lines.get(1).contains("Java heap"), lines.get(1));
    assertEquals("42", lines.get(2));
  }
}
