package io.vertx.sqliteclient.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.CloseFuture;
import io.vertx.core.internal.VertxInternal;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.internal.pool.PoolImpl;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.impl.SqliteConnectionFactory;
import io.vertx.sqliteclient.spi.SqliteDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why the pipelined lane is this project's own (docs/architecture.md): point selects through this driver's pool
 * against the same connections behind Vert.x's own pipelined pool ({@code PoolImpl} with {@code pipelined=true},
 * each connection taking up to {@code pipeliningLimit} commands), turn by turn in one JVM.
 * {@code ./mvnw -q -pl vertx-sqlite-client-benchmarks exec:exec -Dexec.mainClass=io.vertx.sqliteclient.benchmarks.PipelinedPoolProbe}
 */
public final class PipelinedPoolProbe {

  private static final int ROWS = 100_000;
  private static final int OPS_64 = 200_000;
  private static final int OPS_1 = 20_000;

  private PipelinedPoolProbe() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("pipelined-probe");
    Path file = Dataset.create(dir, "probe.db", ROWS);
    Vertx vertx = Vertx.vertx();
    try {
      String[] names = {"this driver's pool, maxSize 4 (lane leases <= 2)", "Vert.x pipelined PoolImpl, maxSize 2",
        "Vert.x pipelined PoolImpl, maxSize 4"};
      for (int turn = 0; turn < 4; turn++) {
        for (int contender = 0; contender < names.length; contender++) {
          Pool pool = contender == 0
            ? SqliteBuilder.pool().with(new PoolOptions().setMaxSize(4))
                .connectingTo(new SqliteConnectOptions().setDatabase(file.toString())).using(vertx).build()
            : vertxPipelinedPool(vertx, file, contender == 1 ? 2 : 4);
          AsyncWorkloads w = new AsyncWorkloads(vertx, pool, ROWS);
          Measurement m64 = w.pointSelect(64, OPS_64);
          Measurement m1 = w.pointSelect(1, OPS_1);
          pool.close().await();
          if (turn > 0) { // the first turn warms up
            System.out.printf(Locale.ROOT, "turn %d  %-50s 64 in flight %,9.0f ops/s  %.4f CPU s/1000  | 1 in flight p50 %5.1f µs p99 %6.1f µs  failures %d%n",
              turn, names[contender], m64.opsPerSecond(), m64.cpuSecondsPer1000(), m1.percentileMicros(50),
              m1.percentileMicros(99), m64.failures + m1.failures);
          }
        }
      }
    } finally {
      vertx.close().await();
    }
  }

  private static Pool vertxPipelinedPool(Vertx vertx, Path file, int maxSize) {
    VertxInternal vx = (VertxInternal) vertx;
    SqliteDriver driver = new SqliteDriver();
    SqliteConnectionFactory factory = new SqliteConnectionFactory(driver, true);
    SqliteConnectOptions options = new SqliteConnectOptions().setDatabase(file.toString());
    CloseFuture closeFuture = new CloseFuture();
    PoolImpl pool = new PoolImpl(vx, driver, true, new PoolOptions().setMaxSize(maxSize), null, null,
      context -> factory.connect(context, Future.succeededFuture(options)), null, closeFuture);
    pool.init();
    closeFuture.add(factory);
    return pool;
  }
}
