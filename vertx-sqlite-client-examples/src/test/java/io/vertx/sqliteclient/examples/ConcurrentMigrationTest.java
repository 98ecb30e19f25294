package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two instances of a service start together on one file (new, or a WAL file the previous release left): each
 * runs Flyway, then opens its pool. Both must
 * start, every migration must run exactly once, and the file must be sound. Flyway cannot lock its history table
 * on SQLite (it logs "Unable to lock ... No concurrent migration supported"), so this is what the recipe's JDBC
 * URL must ensure.
 */
class ConcurrentMigrationTest {

  private static final String[] LOCATIONS = {SchemaMigrations.DEFAULT_LOCATION, "classpath:db/slow"};

  private final List<Vertx> instances = new ArrayList<>();

  @BeforeEach
  void twoInstances() {
    instances.add(Vertx.vertx());
    instances.add(Vertx.vertx());
  }

  @AfterEach
  void close() throws Exception {
    for (Vertx vertx : instances) {
      await(vertx.close());
    }
  }

  @RepeatedTest(5)
  void onANewFileTheSecondInstanceWaitsForTheFirst() throws Exception {
    Path db = newFile("race-new.db");
    race(db);
  }

  @RepeatedTest(5)
  void onAWalFileOfThePreviousReleaseTheSecondInstanceWaitsForTheFirst() throws Exception {
    Path db = newFile("race-wal.db");
    Vertx previous = Vertx.vertx();
    await(SchemaMigrations.migrateThenOpen(previous, db.toString()));     // V1, V2; the pool makes it a WAL file
    await(previous.close());
    race(db);                                                             // V3 pending for both
  }

  private static Path newFile(String name) throws Exception {
    Path db = Files.createDirectories(Path.of("target", "migrations")).resolve(name);
    Files.deleteIfExists(db);
    return db;
  }

  private void race(Path db) throws Exception {
    Future<Pool> first = SchemaMigrations.migrateThenOpen(instances.get(0), db.toString(), LOCATIONS);
    Future<Pool> second = SchemaMigrations.migrateThenOpen(instances.get(1), db.toString(), LOCATIONS);
    await(Future.all(first, second));         // both started: neither failed on the other's migration

    Pool pool = await(first);
    List<String> history = new ArrayList<>();
    for (Row row : await(pool.query("SELECT version, success FROM flyway_schema_history ORDER BY installed_rank").execute())) {
      history.add(row.getString("version") + ":" + row.getBoolean("success"));
    }
    assertEquals(List.of("1:true", "2:true", "3:true"), history, "each migration once, and successful");
    assertEquals(300_000L, await(pool.query("SELECT count(*) FROM note").execute()).iterator().next().getLong(0),
      "the slow migration's rows were inserted once");
    assertEquals("wal", await(pool.query("PRAGMA journal_mode").execute()).iterator().next().getString(0));
    assertEquals("ok", await(pool.query("PRAGMA integrity_check").execute()).iterator().next().getString(0));
    assertEquals(300_000L, await(await(second).query("SELECT count(*) FROM note WHERE pinned = 0").execute())
      .iterator().next().getLong(0), "the second instance's pool sees the same migrated schema");
  }
}
