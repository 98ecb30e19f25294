package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A WAL database that fills its disk (a 2 MB tmpfs; the test needs root to mount one and is skipped, saying why,
 * where it cannot): reads go on, committed rows stay intact, and once space is freed outside the database the
 * same pool writes again, the WAL checkpointed first so the freed space is not lost to it; when less is freed
 * than that checkpoint needs, writes that fit into the room there is still pass.
 */
class DiskFullTest extends VertxPerTest {

  private Path disk;
  private boolean mounted;

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : out.trim();
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      await(vertx.close());
      vertx = io.vertx.core.Vertx.vertx();
      assertEquals(null, run("umount", disk.toString()));
    }
  }

  private static long count(Pool pool) {
    return await(pool.query("SELECT count(*) FROM t").execute()).iterator().next().getLong(0);
  }

  /** Mounts a 2 MB tmpfs holding {@code ballastKb} of ballast (what the operator frees later); null where it cannot. */
  private Path mountWithBallast(int ballastKb) throws Exception {
    Path base = Files.createDirectories(Path.of("target", "test-dbs")).toAbsolutePath();
    disk = Files.createTempDirectory(base, "full-disk-");
    String failure = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString());
    Assumptions.assumeTrue(failure == null, "cannot mount a small tmpfs here (" + failure + "): disk full is not tested");
    mounted = true;
    Path ballast = disk.resolve("ballast");
    Files.write(ballast, new byte[ballastKb * 1024]);
    return ballast;
  }

  /** A pool on a database of the tmpfs, its table filled until the disk was full. */
  private record Full(Path ballast, String db, Pool pool, long committed) {
  }

  private Full fullDisk(int ballastKb) throws Exception {
    Path ballast = mountWithBallast(ballastKb);
    String db = disk.resolve("db.sqlite").toString();
    Pool pool = SqliteTestSupport.pool(vertx, db, 2);
    await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB)").execute());
    return new Full(ballast, db, pool, fill(pool));
  }

  /** Inserts 1 KB rows until the disk is full; the count committed. */
  private static long fill(Pool pool) throws Exception {
    long committed = 0;
    SqliteException full = null;
    while (full == null && committed < 10_000) {
      Throwable outcome = pool.preparedQuery("INSERT INTO t (b) VALUES (randomblob(1000))").execute()
        .toCompletionStage().handle((r, e) -> e).toCompletableFuture().get(30, TimeUnit.SECONDS);
      if (outcome == null) {
        committed++;
      } else {
        full = assertInstanceOf(SqliteException.class, outcome instanceof java.util.concurrent.CompletionException ? outcome.getCause() : outcome);
      }
    }
    assertTrue(full != null, "the disk never filled");
    assertEquals("SQLITE_FULL", full.getCodeName(), full.getMessage());
    return committed;
  }

  @Test
  void lessRoomFreedThanACheckpointNeedsStillTakesSmallWrites() throws Exception {
    Full full = fullDisk(256);
    assertTrue(Files.size(Path.of(full.db() + "-wal")) > 1024 * 1024, "the rows are in the WAL");

    // 256 KB freed: too little to checkpoint the WAL into the file, enough for small writes into the WAL
    Files.delete(full.ballast());
    for (int i = 0; i < 10; i++) {
      await(full.pool().preparedQuery("INSERT INTO t (b) VALUES (?)").execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(new byte[100]))));
    }
    await(full.pool().withTransaction(c -> c.query("INSERT INTO t (b) VALUES (x'01')").execute()));
    Pool fresh = SqliteTestSupport.pool(vertx, full.db(), 1);
    await(fresh.query("INSERT INTO t (b) VALUES (x'02')").execute());
    assertEquals(full.committed() + 12, count(fresh));
    assertEquals("ok", await(fresh.query("PRAGMA quick_check").execute()).iterator().next().getString(0));
  }

  @Test
  void aFullDiskStopsWritesOnlyAndTheSamePoolWritesAgainOnceSpaceIsFreed() throws Exception {
    Full full = fullDisk(700);
    Path ballast = full.ballast();
    String db = full.db();
    Pool pool = full.pool();
    long committed = full.committed();

    // full: reads go on, the committed rows are all there, writes that need room fail with SQLITE_FULL (what
    // fits into the room SQLite still has would pass: it is SQLite that says no)
    assertEquals(committed, count(pool));
    assertEquals("ok", await(pool.query("PRAGMA quick_check").execute()).iterator().next().getString(0));
    SqliteException big = assertInstanceOf(SqliteException.class, awaitFailure(
      pool.query("INSERT INTO t (b) VALUES (randomblob(200000))").execute()));
    assertEquals(13, big.getPrimaryCode(), big.getMessage());
    SqliteException tx = assertInstanceOf(SqliteException.class, awaitFailure(pool.withTransaction(c ->
      c.query("INSERT INTO t (b) VALUES (randomblob(200000))").execute())));
    assertEquals(13, tx.getPrimaryCode(), tx.getMessage());
    io.vertx.sqlclient.SqlConnection held = await(pool.getConnection());
    io.vertx.sqlclient.PreparedStatement insert = await(held.prepare("INSERT INTO t (b) VALUES (?)"));
    assertEquals(13, assertInstanceOf(SqliteException.class,
      awaitFailure(insert.query().execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(new byte[200_000]))))).getPrimaryCode());

    // the operator frees space outside the database: the same pool writes again
    Files.delete(ballast);
    await(pool.query("DELETE FROM t WHERE id % 2 = 0").execute());
    long kept = count(pool);
    assertEquals(committed - committed / 2, kept);
    for (int i = 0; i < 10; i++) {
      await(pool.preparedQuery("INSERT INTO t (b) VALUES (?)").execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(new byte[500]))));
    }
    // transactions commit again (sqlite-jdbc had finalized the COMMIT that failed) and so does the statement prepared before
    for (int i = 0; i < 5; i++) {
      await(pool.withTransaction(c -> c.query("INSERT INTO t (b) VALUES (x'01')").execute()));
    }
    for (int i = 0; i < 5; i++) {
      await(insert.query().execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(new byte[10]))));
    }
    await(held.close());
    // and the WAL can still be checkpointed into the file: the freed space did not go to the WAL
    Row checkpoint = await(pool.query("PRAGMA wal_checkpoint(TRUNCATE)").execute()).iterator().next();
    assertEquals(0L, checkpoint.getLong(0), "checkpoint blocked");
    assertEquals(0L, Files.size(Path.of(db + "-wal")));
    assertEquals(kept + 20, count(pool));
    assertEquals("ok", await(pool.query("PRAGMA integrity_check").execute()).iterator().next().getString(0));
  }
}
