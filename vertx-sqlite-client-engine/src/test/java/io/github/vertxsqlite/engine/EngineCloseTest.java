package io.github.vertxsqlite.engine;

import static io.github.vertxsqlite.engine.EngineTestSupport.exec;
import static io.github.vertxsqlite.engine.EngineTestSupport.failure;
import static io.github.vertxsqlite.engine.EngineTestSupport.future;
import static io.github.vertxsqlite.engine.EngineTestSupport.newDatabase;
import static io.github.vertxsqlite.engine.EngineTestSupport.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A close never waits on a long statement: after a short grace it interrupts it and fails what is queued. */
class EngineCloseTest {

  static final String ENDLESS =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";

  @Test
  void closeInterruptsARunningStatementAndFailsTheQueue() throws Exception {
    SqliteEngine engine = open(newDatabase());
    CompletableFuture<QueryResult> running = exec(engine, ENDLESS, new Object[0]);
    List<CompletableFuture<QueryResult>> queued = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      queued.add(exec(engine, "SELECT 1", new Object[0]));
    }
    Thread.sleep(100); // the endless statement is running
    long start = System.nanoTime();
    CompletableFuture<Void> closed = future(engine::close);
    closed.get(5, TimeUnit.SECONDS);
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(tookMs < 1000, "close took " + tookMs + " ms");
    SqliteError interrupted = failure(running);
    assertEquals("SQLITE_INTERRUPT", interrupted.codeName());
    assertTrue(interrupted.getMessage().startsWith("Connection is closed"), interrupted.getMessage());
    for (CompletableFuture<QueryResult> q : queued) {
      assertTrue(failure(q).getMessage().startsWith("Connection is closed"));
    }
    engine.thread().join(2000);
    assertFalse(engine.thread().isAlive());
  }

  @Test
  void commandsQueuedBeforeTheCloseStillRunWithinTheGrace() throws Exception {
    SqliteEngine engine = open(newDatabase());
    exec(engine, "CREATE TABLE t (v INTEGER)", new Object[0]).get(5, TimeUnit.SECONDS);
    List<CompletableFuture<QueryResult>> writes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int v = i;
      writes.add(exec(engine, "INSERT INTO t VALUES (?)", new Object[] {v}));
    }
    future(engine::close).get(5, TimeUnit.SECONDS);
    for (CompletableFuture<QueryResult> w : writes) {
      assertEquals(1, w.get(1, TimeUnit.SECONDS).updatedCount());
    }
    SqliteError late = failure(exec(engine, "SELECT 1", new Object[0]));
    assertEquals("Connection is closed", late.getMessage());
  }

  @Test
  void closeInterruptsATransactionAndRollsItBack() throws Exception {
    String database = newDatabase();
    SqliteEngine engine = open(database);
    exec(engine, "CREATE TABLE t (v INTEGER)", new Object[0]).get(5, TimeUnit.SECONDS);
    future(engine::begin).get(5, TimeUnit.SECONDS);
    exec(engine, "INSERT INTO t VALUES (1)", new Object[0]).get(5, TimeUnit.SECONDS);
    CompletableFuture<QueryResult> running = exec(engine, ENDLESS, new Object[0]);
    Thread.sleep(100);
    future(engine::close).get(2, TimeUnit.SECONDS);
    assertEquals("SQLITE_INTERRUPT", failure(running).codeName());
    SqliteEngine reopened = open(database);
    QueryResult count = EngineTestSupport.<QueryResult>exec(reopened, "SELECT count(*) FROM t", new Object[0])
      .get(5, TimeUnit.SECONDS);
    assertEquals(0L, count.rows().get(0)[0], "the open transaction was rolled back");
    // the writer gate went with the closed connection: the file takes writes again
    exec(reopened, "INSERT INTO t VALUES (2)", new Object[0]).get(5, TimeUnit.SECONDS);
    future(reopened::close).get(5, TimeUnit.SECONDS);
    assertFalse(Files.exists(Path.of(database + "-wal")), "the last close checkpointed and removed the WAL");
  }

  @Test
  void closeInterruptsABatchHalfDoneAndNothingOfItStays() throws Exception {
    String database = newDatabase();
    SqliteEngine engine = open(database);
    exec(engine, "CREATE TABLE t (v INTEGER)", new Object[0]).get(5, TimeUnit.SECONDS);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 5_000_000; i++) {
      rows.add(new Object[] {i});
    }
    CompletableFuture<List<QueryResult>> batch = future(cb -> engine.executeBatch("INSERT INTO t VALUES (?)", rows, cb));
    Thread.sleep(300);
    long start = System.nanoTime();
    future(engine::close).get(2, TimeUnit.SECONDS);
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 1000);
    assertTrue(failure(batch).getMessage().startsWith("Connection is closed"));
    SqliteEngine reopened = open(database);
    QueryResult count = EngineTestSupport.<QueryResult>exec(reopened, "SELECT count(*) FROM t", new Object[0])
      .get(5, TimeUnit.SECONDS);
    assertEquals(0L, count.rows().get(0)[0]);
    future(reopened::close).get(5, TimeUnit.SECONDS);
  }

  @Test
  void closeFailsAPendingCursorFetch() throws Exception {
    SqliteEngine engine = open(newDatabase());
    QueryResult first = EngineTestSupport.<QueryResult>future(cb -> engine.fetch("c1",
      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n", new Object[0], 10, cb))
      .get(5, TimeUnit.SECONDS);
    assertTrue(first.suspended());
    CompletableFuture<QueryResult> huge = future(cb -> engine.fetch("c1", null, null, Integer.MAX_VALUE - 1, cb));
    Thread.sleep(100);
    future(engine::close).get(2, TimeUnit.SECONDS);
    assertTrue(failure(huge).getMessage().startsWith("Connection is closed"));
  }

  @Test
  void closeInterruptsABackupInProgressAndLeavesNoPartialFile() throws Exception {
    String database = newDatabase();
    SqliteEngine engine = open(database);
    exec(engine, "CREATE TABLE t (b BLOB)", new Object[0]).get(5, TimeUnit.SECONDS);
    exec(engine, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 120000) "
      + "INSERT INTO t SELECT randomblob(4000) FROM n", new Object[0]).get(120, TimeUnit.SECONDS); // ~480 MB: its copy takes longer than the close grace
    Path target = Path.of(newDatabase());
    List<Integer> remaining = new java.util.concurrent.CopyOnWriteArrayList<>();
    CompletableFuture<Void> backup = future(cb -> engine.backup("main", target.toString(), 100, (left, total) -> remaining.add(left), cb));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (remaining.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(5); // the copy is under way
    }
    long start = System.nanoTime();
    future(engine::close).get(2, TimeUnit.SECONDS);
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(tookMs < 1000, "close took " + tookMs + " ms");
    SqliteError interrupted = failure(backup);
    assertTrue(interrupted.getMessage().startsWith("Connection is closed"), interrupted.getMessage());
    assertFalse(Files.exists(target), "no half-written backup at the target");
    try (java.util.stream.Stream<Path> left = Files.list(target.getParent())) {
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".partial")).toList());
    }
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(database + suffix)); // half a gigabyte
    }
  }

  @Test
  void aSnapshotBackupIsCompleteAndReportsProgress() throws Exception {
    SqliteEngine engine = open(newDatabase());
    exec(engine, "CREATE TABLE t (b BLOB); ", new Object[0]).get(5, TimeUnit.SECONDS);
    exec(engine, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000) "
      + "INSERT INTO t SELECT randomblob(1000) FROM n", new Object[0]).get(30, TimeUnit.SECONDS);
    Path target = Path.of(newDatabase());
    java.nio.file.Files.write(target, new byte[] {1, 2, 3}); // an old file at the target is replaced
    List<Integer> remaining = new java.util.concurrent.CopyOnWriteArrayList<>();
    EngineTestSupport.<Void>future(cb -> engine.backup("main", target.toString(), 100, (left, total) -> remaining.add(left), cb))
      .get(30, TimeUnit.SECONDS);
    assertTrue(remaining.size() >= 2, "progress " + remaining);
    assertEquals(0, remaining.get(remaining.size() - 1));
    future(engine::close).get(5, TimeUnit.SECONDS);
    SqliteEngine copy = open(target.toString());
    assertEquals(5000L, exec(copy, "SELECT count(*) FROM t", new Object[0]).get(5, TimeUnit.SECONDS).rows().get(0)[0]);
    assertEquals("ok", exec(copy, "PRAGMA integrity_check", new Object[0]).get(5, TimeUnit.SECONDS).rows().get(0)[0]);
    future(copy::close).get(5, TimeUnit.SECONDS);
  }
}
