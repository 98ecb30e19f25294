package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.streams.ReadStream;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ChangeStreamTest {

  private static String describe(SqliteChange c) {
    return c.getKind() + (c.getTable() == null ? "" : " " + c.getTable() + " " + c.getRowid());
  }

  @Test
  void insertUpdateDeleteCommitAndRollbackOnTheSubscribersContext(Vertx vertx, VertxTestContext test) {
    Context subscriber = vertx.getOrCreateContext();
    subscriber.runOnContext(v -> SqliteConnection.connect(vertx, new SqliteConnectOptions()).onComplete(test.succeeding(conn -> {
      List<String> seen = new ArrayList<>();
      ReadStream<SqliteChange> changes = conn.changeStream();
      changes.handler(c -> {
        test.verify(() -> assertSame(subscriber, Vertx.currentContext()));
        seen.add(describe(c));
      });
      conn.query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)").execute()
        .compose(r -> conn.query("INSERT INTO t (v) VALUES ('a'), ('b')").execute())
        .compose(r -> conn.query("UPDATE t SET v = 'c' WHERE id = 2").execute())
        .compose(r -> conn.begin().compose(tx -> conn.query("DELETE FROM t WHERE id = 1").execute().compose(x -> tx.rollback())))
        .compose(r -> conn.query("DELETE FROM t WHERE id = 2").execute())
        .onComplete(test.succeeding(r -> vertx.setTimer(50, t -> test.verify(() -> {
          assertEquals(List.of("COMMIT", "INSERT t 1", "INSERT t 2", "COMMIT", "UPDATE t 2", "COMMIT",
            "DELETE t 1", "ROLLBACK", "DELETE t 2", "COMMIT"), seen);
          test.completeNow();
        }))));
    })));
  }

  @Test
  void backPressureHoldsEventsUntilFetched(Vertx vertx) throws Exception {
    SqliteConnection conn = await(SqliteConnection.connect(vertx, new SqliteConnectOptions()));
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    ReadStream<SqliteChange> changes = conn.changeStream();
    changes.pause();
    changes.handler(c -> seen.add(describe(c)));
    await(conn.query("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1), (2), (3)").execute());
    Thread.sleep(50);
    assertEquals(List.of(), seen, "delivered while paused");
    changes.fetch(2);
    Thread.sleep(50);
    assertEquals(2, seen.size());
    changes.resume();
    Thread.sleep(50);
    assertEquals(List.of("COMMIT", "INSERT t 1", "INSERT t 2", "INSERT t 3", "COMMIT"), seen);

    boolean[] ended = {false};
    changes.endHandler(v -> ended[0] = true);
    await(conn.close());
    Thread.sleep(50);
    assertTrue(ended[0], "the stream ends with its connection");
  }

  @Test
  void unsubscribingRemovesTheHook(Vertx vertx) throws Exception {
    SqliteConnection conn = await(SqliteConnection.connect(vertx, new SqliteConnectOptions()));
    List<SqliteChange> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    ReadStream<SqliteChange> changes = conn.changeStream();
    changes.handler(seen::add);
    await(conn.query("CREATE TABLE t (x)").execute());
    changes.handler(null);
    await(conn.query("INSERT INTO t VALUES (1)").execute());
    Thread.sleep(50);
    assertEquals(1, seen.size()); // the CREATE's commit only
  }
}
