package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Databases on storage this process cannot write, seen through a read-only bind mount (the test needs root to
 * mount; it is skipped, saying why, where mounting is not allowed). Root ignores file permissions, so a mount is
 * the only honest way to make a file unwritable here.
 */
class ReadOnlyFilesTest extends VertxPerTest {

  private Path source;
  private Path view;
  private boolean mounted;

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      return out.isBlank() ? "exit " + p.exitValue() : out.trim();
    }
    return null;
  }

  /** Creates {@code db.sqlite} in a fresh folder with {@code journalMode}, then shows that folder read-only. */
  private Path readOnlyDatabase(String journalMode) throws Exception {
    Path base = Files.createDirectories(Path.of("target", "test-dbs")).toAbsolutePath();
    source = Files.createTempDirectory(base, "ro-source-");
    view = Files.createTempDirectory(base, "ro-view-");
    String db = source.resolve("db.sqlite").toString();
    SqliteConnection conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(db).addPragma("journal_mode", journalMode)));
    await(conn.query("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('kept')").execute());
    await(conn.close());
    assertEquals(List.of(source.resolve("db.sqlite")), Files.list(source).toList(), "no -wal or -shm left after close");
    String failure = run("mount", "--bind", source.toString(), view.toString());
    Assumptions.assumeTrue(failure == null, "cannot bind-mount here (" + failure + "): read-only storage is not tested");
    mounted = true;
    failure = run("mount", "-o", "remount,bind,ro", view.toString());
    Assumptions.assumeTrue(failure == null, "cannot remount read-only here (" + failure + ")");
    assertTrue(!Files.isWritable(view.resolve("db.sqlite")));
    return view.resolve("db.sqlite");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      await(vertx.close()); // every connection to the view is gone before it is unmounted
      vertx = io.vertx.core.Vertx.vertx();
      assertEquals(null, run("umount", view.toString()));
    }
  }

  @Test
  void aRollbackJournalDatabaseOnReadOnlyStorageOpensForReadingWithDefaultOptions() throws Exception {
    Path db = readOnlyDatabase("delete");
    SqliteConnection conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(db.toString())));
    assertEquals("kept", await(conn.query("SELECT v FROM t").execute()).iterator().next().getString(0));
    assertEquals(true, await(conn.readOnly()));
    assertEquals("delete", await(conn.query("PRAGMA journal_mode").execute()).iterator().next().getString(0));
    SqliteException write = assertInstanceOf(SqliteException.class, awaitFailure(conn.query("INSERT INTO t VALUES ('no')").execute()));
    assertEquals(8, write.getPrimaryCode(), write.getMessage()); // SQLITE_READONLY
    Pool pool = SqliteTestSupport.pool(vertx, db.toString(), 2);
    assertEquals(1L, await(pool.query("SELECT count(*) FROM t").execute()).iterator().next().getLong(0));
  }

  @Test
  void aWalDatabaseOnReadOnlyStorageFailsNamingTheCauseAndTheRemedy() throws Exception {
    Path db = readOnlyDatabase("wal");
    SqliteException e = assertInstanceOf(SqliteException.class,
      awaitFailure(SqliteConnection.connect(vertx, SqliteTestSupport.options(db.toString()))));
    assertEquals("SQLITE_CANTOPEN", e.getCodeName());
    assertTrue(e.getMessage().contains("WAL database on storage this process cannot write"), e.getMessage());
    assertTrue(e.getMessage().contains("immutable=1"), e.getMessage());
    // the remedy the message names works
    SqliteConnection immutable = await(SqliteConnection.connect(vertx, SqliteTestSupport.options("file:" + db + "?immutable=1")));
    assertEquals("kept", await(immutable.query("SELECT v FROM t").execute()).iterator().next().getString(0));
    assertEquals(true, await(immutable.readOnly()));
  }

  @Test
  void aWritableFileIsNotReadOnly() {
    SqliteConnection conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(SqliteTestSupport.newDatabase())));
    assertEquals(false, await(conn.readOnly()));
  }
}
