package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Readers never block the writer, whatever form the read takes: each read below runs for over a second on one
 * pooled connection (held up by a {@code pause(ms)} function) while another connection of the pool inserts.
 */
class StatementFormsTest extends VertxPerTest {

  /** How long each read runs, and how long the insert beside it may take at most. */
  private static final int READ_MS = 1200;
  private static final long PROMPT_MS = 600;

  static Pool pool(io.vertx.core.Vertx vertx, String database, int size) {
    SqliteConnectOptions options = SqliteTestSupport.options(database)
      .addFunction("pause", 1, false, args -> {
        Thread.sleep(args.getLong(0));
        return args.getLong(0);
      });
    return SqliteBuilder.pool().with(new PoolOptions().setMaxSize(size)).connectingTo(options).using(vertx).build();
  }

  static void schema(Pool pool) {
    await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t (v); "
      + "INSERT INTO t (v) VALUES ('a'), ('b'), ('c')").execute());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "SELECT pause(" + READ_MS + ")",
    "WITH c AS (SELECT pause(" + READ_MS + ") AS x) SELECT x FROM c",
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3) SELECT sum(pause(" + READ_MS / 3 + ")) FROM n",
    "  -- leading comment\n /* and a block */ with c as (select 1 as x) select pause(" + READ_MS + ") from c",
    "VALUES (pause(" + READ_MS + "))",
    "SELECT * FROM t WHERE id IN (SELECT pause(" + READ_MS + ") FROM t LIMIT 1)",
    "SELECT count(*) FROM (SELECT v FROM t WHERE pause(" + READ_MS / 3 + ") > 0)"
  })
  void aLongReadOfAnyFormLetsAnotherConnectionWrite(String read) {
    Pool pool = pool(vertx, SqliteTestSupport.newDatabase(), 2);
    schema(pool);
    SqlConnection reader = await(pool.getConnection());
    SqlConnection writer = await(pool.getConnection());
    Future<RowSet<Row>> reading = reader.query(read).execute();
    sleep(200); // the read is under way
    long start = System.nanoTime();
    await(writer.preparedQuery("INSERT INTO t (v) VALUES (?)").execute(Tuple.of("written")));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(!reading.isComplete(), "the read should still be running");
    assertTrue(tookMs < PROMPT_MS, "the insert waited " + tookMs + " ms for a read");
    await(reading);
  }

  @ParameterizedTest(name = "cursor over {0}")
  @ValueSource(strings = {
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000) SELECT x FROM n",
    "with c as (select id from t) select * from c, (values (1), (2), (3))"
  })
  void anOpenCursorOverAReadLetsAnotherConnectionWrite(String read) {
    Pool pool = pool(vertx, SqliteTestSupport.newDatabase(), 2);
    schema(pool);
    SqlConnection reader = await(pool.getConnection());
    SqlConnection writer = await(pool.getConnection());
    io.vertx.sqlclient.Cursor cursor = await(reader.prepare(read)).cursor();
    assertEquals(2, await(cursor.read(2)).size());
    // the cursor stays open, half read, while the other connection writes
    long start = System.nanoTime();
    await(writer.preparedQuery("INSERT INTO t (v) VALUES (?)").execute(Tuple.of("w")));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(cursor.hasMore());
    assertTrue(tookMs < PROMPT_MS, "the insert waited " + tookMs + " ms for an open cursor");
    await(cursor.close());
    await(reader.close());
    await(writer.close());
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
