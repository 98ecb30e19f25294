package io.github.vertxsqlite.engine;

import static io.github.vertxsqlite.engine.EngineTestSupport.future;
import static io.github.vertxsqlite.engine.EngineTestSupport.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SqliteEngineTest {

  @Test
  void commandsRunInOrderOnTheEngineThread() throws Exception {
    SqliteEngine engine = open(new EngineOptions().threadName("engine-test"));
    assertTrue(engine.thread().getName().startsWith("engine-test-"));
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> last = null;
    for (int i = 0; i < 100; i++) {
      int n = i;
      CompletableFuture<Void> f = new CompletableFuture<>();
      engine.execute("SELECT ?", new Object[] {n}, (r, e) -> {
        order.add(((Long) r.rows().get(0)[0]).intValue());
        threads.add(Thread.currentThread());
        f.complete(null);
      });
      last = f;
    }
    last.get(10, TimeUnit.SECONDS);
    for (int i = 0; i < 100; i++) {
      assertEquals(i, order.get(i));
      assertSame(engine.thread(), threads.get(i));
    }
    assertNotSame(Thread.currentThread(), engine.thread());
    EngineTestSupport.<Void>future(engine::close).get(10, TimeUnit.SECONDS);
    engine.thread().join(5000);
    assertFalse(engine.thread().isAlive());
  }

  @Test
  void closeRunsQueuedCommandsThenRefusesNewOnes() throws Exception {
    SqliteEngine engine = open(new EngineOptions());
    CompletableFuture<QueryResult> queued = future(cb -> engine.execute("SELECT 42", new Object[0], cb));
    CompletableFuture<Void> closed = future(engine::close);
    CompletableFuture<Void> closedAgain = future(engine::close);
    CompletableFuture<QueryResult> late = future(cb -> engine.execute("SELECT 1", new Object[0], cb));
    assertEquals(42L, queued.get(10, TimeUnit.SECONDS).rows().get(0)[0]);
    closed.get(10, TimeUnit.SECONDS);
    closedAgain.get(10, TimeUnit.SECONDS);
    Throwable refused = late.handle((r, e) -> e).get(10, TimeUnit.SECONDS);
    SqliteError error = assertInstanceOf(SqliteError.class, refused);
    assertEquals("SQLITE_MISUSE", error.codeName());
    assertFalse(engine.isOpen());
    // closing a closed engine still completes
    future(engine::close).get(10, TimeUnit.SECONDS);
  }

  @Test
  void failedOpenReportsAndLeavesNoThread() throws Exception {
    CompletableFuture<SqliteEngine> f = future(cb -> SqliteEngine.open(
      new EngineOptions().database("target/missing-dir/x.db").threadName("engine-fail"), cb));
    Throwable failure = f.handle((r, e) -> e).get(10, TimeUnit.SECONDS);
    assertEquals(14, assertInstanceOf(SqliteError.class, failure).primaryCode());
    Thread.sleep(50);
    assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("engine-fail")));
  }

  @Test
  void pragmasAreAppliedAndValidated() throws Exception {
    SqliteEngine engine = open(new EngineOptions().pragma("user_version", "7").pragma("foreign_keys", "on"));
    QueryResult r = EngineTestSupport.<QueryResult>future(cb -> engine.execute("PRAGMA user_version", new Object[0], cb)).get(10, TimeUnit.SECONDS);
    assertEquals(7L, r.rows().get(0)[0]);
    future(engine::close).get(10, TimeUnit.SECONDS);
    IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
      () -> new EngineOptions().pragma("user_version", "1; DROP TABLE x"));
    assertTrue(bad.getMessage().contains("user_version"));
  }

  @Test
  void connectionsOpenWithoutSqlitesMutexSinceOnlyTheirThreadUsesThem() throws Exception {
    Session session = Session.open(new EngineOptions());
    try {
      assertTrue((session.openFlags() & org.sqlite.SQLiteOpenMode.NOMUTEX.flag) != 0);
      assertTrue((session.openFlags() & org.sqlite.SQLiteOpenMode.FULLMUTEX.flag) == 0);
    } finally {
      session.close();
    }
  }

  @Test
  void aLongWriteBatchReportsInRunsLeavingFewResultsForTheEnd() throws Exception {
    SqliteEngine engine = open(new EngineOptions());
    EngineTestSupport.<QueryResult>future(cb -> engine.execute("CREATE TABLE t (v INTEGER)", new Object[0], cb))
      .get(10, TimeUnit.SECONDS);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      rows.add(new Object[] {(long) i});
    }
    List<Integer> runs = Collections.synchronizedList(new ArrayList<>());
    List<QueryResult> results = EngineTestSupport.<List<QueryResult>>future(cb -> engine.executeBatch(
      "INSERT INTO t VALUES (?)", rows, run -> runs.add(run.size()), cb)).get(10, TimeUnit.SECONDS);
    // 512 as soon as they are written, the rest but 16 just before the end: the caller has little left to do after
    assertEquals(List.of(512, 472), runs);
    assertEquals(1000, results.size());
    assertEquals(1000L, results.get(999).lastInsertRowid());
    EngineTestSupport.<Void>future(engine::close).get(10, TimeUnit.SECONDS);
  }
}
