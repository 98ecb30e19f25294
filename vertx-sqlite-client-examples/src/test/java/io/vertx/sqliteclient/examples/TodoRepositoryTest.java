package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.vertx.dqliteclient.DqliteCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same repository, unchanged, on SQLite, on a dqlite cluster and on PostgreSQL: only the connection URI (and
 * for PostgreSQL the DDL) differ. PostgreSQL comes from {@code VERTX_SQLITE_PG_URI} (set by .ci/run, which starts
 * one with .ci/postgres.sh); the dqlite cluster is three local dqlite-demo nodes (go-dqlite, which .ci/run
 * installs). Without them those runs are skipped, saying why.
 */
class TodoRepositoryTest {

  private static final String PG_URI = System.getenv("VERTX_SQLITE_PG_URI");
  private static final String PG_SCHEMA =
    "CREATE TABLE todo (id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL, done BOOLEAN NOT NULL DEFAULT FALSE)";

  private static DqliteCluster cluster;
  private static int databases;

  private Vertx vertx;

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }


  @AfterEach
  void stop() throws Exception {
    if (vertx != null) {
      await(vertx.close());
    }
  }

  private Pool pool(String database) throws Exception {
    vertx = Vertx.vertx();
    if (database.equals("postgresql")) {
      Assumptions.assumeTrue(PG_URI != null,
        "PostgreSQL run skipped: VERTX_SQLITE_PG_URI is not set (.ci/run sets it when .ci/postgres.sh can start PostgreSQL)");
      Pool pg = Pool.pool(vertx, SqlConnectOptions.fromUri(PG_URI), new PoolOptions().setMaxSize(4));
      await(pg.query("DROP TABLE IF EXISTS todo").execute());
      await(pg.query(PG_SCHEMA).execute());
      return pg;
    }
    if (database.equals("dqlite")) {
      DqliteCluster.assumeAvailable();
      if (cluster == null) {
        cluster = DqliteCluster.start(3);
      }
      // the URI is all that changes: a database of its own per test on the same cluster
      String uri = cluster.uri("todo" + ++databases);
      // tag::todo-on-dqlite[]
      Pool dqlite = Pool.pool(vertx, SqlConnectOptions.fromUri(uri), new PoolOptions().setMaxSize(4)); // dqlite://...
      // end::todo-on-dqlite[]
      await(dqlite.query(TodoRepository.SQLITE_SCHEMA).execute());
      return dqlite;
    }
    Path db = Files.createDirectories(Path.of("target")).resolve("repo-" + System.nanoTime() + ".db");
    Pool sqlite = Pool.pool(vertx, SqlConnectOptions.fromUri("sqlite:" + db), new PoolOptions().setMaxSize(4));
    await(sqlite.query(TodoRepository.SQLITE_SCHEMA).execute());
    return sqlite;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sqlite", "dqlite", "postgresql"})
  void theSameRepositoryOnBothDatabases(String database) throws Exception {
    TodoRepository todos = new TodoRepository(pool(database));
    JsonObject first = await(todos.create("buy milk"));
    JsonObject second = await(todos.create("walk the dog"));
    assertEquals(new JsonObject().put("id", first.getLong("id")).put("title", "buy milk").put("done", false), first);
    assertTrue(second.getLong("id") > first.getLong("id"));
    assertEquals(first, await(todos.find(first.getLong("id"))));
    assertNull(await(todos.find(999_999)));
    assertTrue(await(todos.update(second.getLong("id"), "walk the cat", false)));
    assertEquals(2, (int) await(todos.completeAll()));
    List<JsonObject> all = await(todos.page(0, 10)).items();
    assertEquals(List.of("buy milk", "walk the cat"), all.stream().map(j -> j.getString("title")).toList());
    assertTrue(all.stream().allMatch(j -> j.getBoolean("done")));
    assertTrue(await(todos.delete(first.getLong("id"))));
    assertEquals(1, await(todos.page(0, 10)).items().size());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sqlite", "dqlite", "postgresql"})
  void pagesFollowTheIdsAndSayWhereTheNextStarts(String database) throws Exception {
    TodoRepository todos = new TodoRepository(pool(database));
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(await(todos.create("item " + i)).getLong("id"));
    }
    TodoRepository.Page first = await(todos.page(0, 2));
    assertEquals(ids.subList(0, 2), first.items().stream().map(j -> j.getLong("id")).toList());
    assertEquals(ids.get(1), first.nextAfter());
    TodoRepository.Page rest = await(todos.page(first.nextAfter(), 3));
    assertEquals(ids.subList(2, 5), rest.items().stream().map(j -> j.getLong("id")).toList());
    assertNull(rest.nextAfter(), "a page that reaches the end has no next");
    assertEquals(List.of(), await(todos.page(ids.get(4), 3)).items());
  }
}
