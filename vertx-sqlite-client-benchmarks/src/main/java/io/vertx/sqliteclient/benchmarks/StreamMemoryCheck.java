package io.vertx.sqliteclient.benchmarks;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a child JVM with {@code -Xmx64m}: streams {@code rows} rows through a RowStream and prints
 * {@code rows=N millis=T heapMaxMb=H}. An out-of-memory error fails it.
 */
public final class StreamMemoryCheck {

  private StreamMemoryCheck() {
  }

  public static void main(String[] args) throws Exception {
    String database = args[0];
    int rows = Integer.parseInt(args[1]);
    Vertx vertx = Vertx.vertx();
    Pool pool = SqliteBuilder.pool().with(new PoolOptions().setMaxSize(1))
      .connectingTo(new SqliteConnectOptions().setDatabase(database)).using(vertx).build();
    pool.query("DROP TABLE IF EXISTS big; CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT, score REAL, payload BLOB);"
      + " INSERT INTO big SELECT x, 'name-' || x, x * 0.5, randomblob(64) FROM"
      + " (WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < " + rows + ") SELECT x FROM n)")
      .execute().toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
    AtomicLong count = new AtomicLong();
    Promise<Void> done = Promise.promise();
    long start = System.nanoTime();
    pool.withConnection(conn -> conn.prepare("SELECT id, name, score, payload FROM big").compose(ps -> {
      RowStream<Row> stream = ps.createStream(1000);
      stream.exceptionHandler(done::fail).endHandler(v -> done.complete()).handler(row -> {
        count.incrementAndGet();
        row.getBuffer(3);
      });
      return done.future();
    })).toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    long heapMax = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    System.out.println("rows=" + count.get() + " millis=" + millis + " heapMaxMb=" + heapMax / (1024 * 1024));
    pool.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    // from this thread: chained on a context, Vert.x could not deliver its own close's completion
    vertx.close().toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    System.exit(count.get() == rows ? 0 : 1);
  }
}
