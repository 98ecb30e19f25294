package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cursors and row streams fetch from a statement kept open on the engine, a few rows at a time. */
@ExtendWith(VertxExtension.class)
class StreamingTest {

  private static final int ROWS = 200_000;

  private Pool pool;

  @BeforeEach
  void fill(Vertx vertx) {
    pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 2);
    await(pool.query("CREATE TABLE big (id INTEGER PRIMARY KEY, payload TEXT)").execute());
    await(pool.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < " + ROWS + ") "
      + "INSERT INTO big SELECT x, 'row-' || x FROM n").execute());
  }

  @AfterEach
  void close() {
    await(pool.close());
  }

  @Test
  void streams200kRowsWithPauseAndResume(Vertx vertx, VertxTestContext test) {
    AtomicLong count = new AtomicLong();
    AtomicLong sum = new AtomicLong();
    AtomicInteger pauses = new AtomicInteger();
    AtomicBoolean paused = new AtomicBoolean();
    AtomicBoolean rowWhilePaused = new AtomicBoolean();
    pool.getConnection().onComplete(test.succeeding(conn -> conn.prepare("SELECT id, payload FROM big ORDER BY id")
      .onComplete(test.succeeding(ps -> {
        RowStream<Row> stream = ps.createStream(500);
        stream.exceptionHandler(test::failNow);
        stream.endHandler(v -> {
          test.verify(() -> {
            assertEquals(ROWS, count.get());
            assertEquals((long) ROWS * (ROWS + 1) / 2, sum.get());
            assertTrue(pauses.get() >= 10, "paused " + pauses.get() + " times");
            assertFalse(rowWhilePaused.get(), "a row arrived while the stream was paused");
          });
          conn.close().onComplete(test.succeedingThenComplete());
        });
        stream.handler(row -> {
          if (paused.get()) {
            rowWhilePaused.set(true);
          }
          long id = count.incrementAndGet();
          test.verify(() -> assertEquals(id, row.getLong(0).longValue()));
          sum.addAndGet(row.getLong(0));
          if (id % 20_000 == 0) {
            // back-pressure: stop, let the event loop breathe, then ask for more
            paused.set(true);
            pauses.incrementAndGet();
            stream.pause();
            vertx.setTimer(5, t -> {
              paused.set(false);
              stream.resume();
            });
          }
        });
      }))));
  }

  @Test
  void cursorReadsInChunks(VertxTestContext test) {
    pool.withConnection(conn -> conn.prepare("SELECT id FROM big WHERE id <= ?1 ORDER BY id").compose(ps -> {
      Cursor cursor = ps.cursor(Tuple.of(25));
      return cursor.read(10).compose(first -> {
        test.verify(() -> {
          assertEquals(10, first.size());
          assertTrue(cursor.hasMore());
        });
        return cursor.read(10);
      }).compose(second -> {
        test.verify(() -> assertEquals(11L, second.iterator().next().getLong(0)));
        return cursor.read(10);
      }).compose(third -> {
        test.verify(() -> {
          assertEquals(5, third.size());
          assertFalse(cursor.hasMore());
        });
        return cursor.close();
      });
    })).onComplete(test.succeedingThenComplete());
  }

  @Test
  void closingACursorEarlyReleasesItsStatement(VertxTestContext test) throws Exception {
    pool.withConnection(conn -> conn.prepare("SELECT id FROM big").compose(ps -> {
      Cursor cursor = ps.cursor();
      return cursor.read(3).compose(rows -> cursor.close())
        // the same connection still writes: no statement is left holding the database
        .compose(v -> conn.query("UPDATE big SET payload = 'x' WHERE id = 1").execute());
    })).onComplete(test.succeeding(rows -> {
      test.verify(() -> assertEquals(1, rows.rowCount()));
      test.completeNow();
    }));
    assertTrue(test.awaitCompletion(30, TimeUnit.SECONDS));
  }

  @Test
  void fullScanIntoARowSet() {
    RowSet<Row> rows = await(pool.query("SELECT * FROM big").execute());
    assertEquals(ROWS, rows.size());
  }
}
