package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqliteclient.SqliteChange;
import io.vertx.sqliteclient.SqliteChangeKind;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import io.vertx.sqliteclient.SqliteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqliteFeaturesTest {

  private Vertx vertx;


  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void tearDown() throws Exception {
    await(vertx.close());
  }

  @Test
  void everyFeatureSnippetRuns() throws Exception {
    SqliteConnection conn = await(SqliteConnection.connect(vertx, new SqliteConnectOptions()));
    List<SqliteChange> seen = new CopyOnWriteArrayList<>();
    SqliteFeatures.changes(conn, seen::add);
    await(SqliteFeatures.script(conn));
    assertEquals("changes=2 total=4 inTransaction=false lastInsertRowid=2", await(SqliteFeatures.state(conn)));
    assertEquals(7L, await(SqliteFeatures.pragmas(conn)));
    assertEquals("body", await(SqliteFeatures.schema(conn)).get(1).getName());
    await(SqliteFeatures.functions(conn));
    assertEquals("first", await(conn.query("SELECT slug(body) FROM note ORDER BY body COLLATE by_length LIMIT 1").execute())
      .iterator().next().getString(0));
    assertEquals("SECOND", await(conn.query("SELECT longest(body) FROM note").execute()).iterator().next().getString(0));
    assertTrue(seen.stream().anyMatch(c -> c.getKind() == SqliteChangeKind.INSERT && "note".equals(c.getTable())));

    Path dir = Files.createDirectories(Path.of("target"));
    String file = dir.resolve("features-backup-" + System.nanoTime() + ".db").toString();
    List<Double> progress = new CopyOnWriteArrayList<>();
    await(SqliteFeatures.backup(conn, file, progress::add));
    assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
    SqliteConnection other = await(SqliteConnection.connect(vertx, new SqliteConnectOptions()));
    await(SqliteFeatures.copyInto(conn, other));
    assertEquals(2L, await(other.query("SELECT count(*) FROM note").execute()).iterator().next().getLong(0));
    SqliteConnection third = await(SqliteConnection.connect(vertx, new SqliteConnectOptions()));
    assertTrue(await(SqliteFeatures.serialize(conn, third)).length() > 0);
    assertEquals(2L, await(third.query("SELECT count(*) FROM note").execute()).iterator().next().getLong(0));
    assertTrue(await(SqliteFeatures.dump(conn)).contains("INSERT INTO \"note\"(\"id\",\"body\") VALUES(1,'FIRST');"));
    Throwable refused = SqliteFeatures.extension(conn, "/tmp/none.so").toCompletionStage().toCompletableFuture()
      .handle((v, e) -> e).get(30, TimeUnit.SECONDS);
    assertTrue(refused instanceof SqliteException && refused.getMessage().contains("disabled"), String.valueOf(refused));
    SqliteConnection withFn = await(SqliteConnection.connect(vertx, SqliteFeatures.functionsForEveryConnection(":memory:")));
    assertEquals("a-b", await(withFn.query("SELECT slug('A B')").execute()).iterator().next().getString(0));
  }
}
