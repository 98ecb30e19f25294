package io.vertx.sqliteclient;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of {@link CrashDurabilityTest}: writes transactions as fast as it can and prints the id of
 * each one whose future completed, until it is killed.
 */
public final class CrashWriter {

  private CrashWriter() {
  }

  public static void main(String[] args) {
    String database = args[0];
    PrintStream out = System.out;
    Vertx vertx = Vertx.vertx();
    Pool pool = SqliteTestSupport.pool(vertx, database, 4);
    AtomicLong next = new AtomicLong();
    pool.query("CREATE TABLE IF NOT EXISTS log (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)").execute()
      .onSuccess(v -> {
        out.println("ready");
        out.flush();
        for (int writer = 0; writer < 8; writer++) {
          write(pool, next, out);
        }
      })
      .onFailure(err -> {
        err.printStackTrace();
        System.exit(2);
      });
  }

  private static void write(Pool pool, AtomicLong next, PrintStream out) {
    long id = next.incrementAndGet();
    if (id > 5_000_000) {
      return; // bounded, in case nobody kills us
    }
    pool.withTransaction(conn -> conn
        .preparedQuery("INSERT INTO log (id, payload) VALUES (?, ?)")
        .execute(Tuple.of(id, "payload-" + id + "-".repeat(200))))
      .onComplete(ar -> {
        if (ar.succeeded()) {
          synchronized (out) {
            out.println("committed " + id);
            out.flush();
          }
        }
        write(pool, next, out);
      });
  }
}
