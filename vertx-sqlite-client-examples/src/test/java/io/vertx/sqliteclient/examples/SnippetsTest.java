package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqliteclient.SqliteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  private Vertx vertx;
  private Pool pool;
  private String database;


  @BeforeEach
  void setUp() throws Exception {
    vertx = Vertx.vertx();
    Path db = Files.createDirectories(Path.of("target")).resolve("snippets-" + System.nanoTime() + ".db");
    database = db.toString();
    pool = SqliteBuilder.pool().connectingTo(Snippets.options(database)).using(vertx).build();
    await(pool.query("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL);"
      + " INSERT INTO account VALUES (1, 100), (2, 0)").execute());
  }

  @AfterEach
  void tearDown() throws Exception {
    await(vertx.close());
  }

  private List<Long> balances() throws Exception {
    List<Long> out = new java.util.ArrayList<>();
    await(pool.query("SELECT balance FROM account ORDER BY id").execute()).forEach(r -> out.add(r.getLong(0)));
    return out;
  }

  @Test
  void snippetsRun() throws Exception {
    assertEquals(1, await(Snippets.transfer(pool, 1, 2, 30)));
    assertEquals(70L, await(pool.query("SELECT balance FROM account WHERE id = 1").execute()).iterator().next().getLong(0));
    assertEquals(2, await(Snippets.readWithCursor(pool)));
    assertEquals("19 / 1555 / SQLITE_CONSTRAINT_PRIMARYKEY", await(Snippets.describeError(pool)));
    Row row = await(Snippets.typedValues(pool));
    assertEquals(LocalDate.of(2024, 2, 29), row.getLocalDate("d"));
    assertEquals(Boolean.TRUE, row.getBoolean("flag"));
    assertEquals(new JsonObject().put("k", 42), row.getJsonObject("doc"));
    io.vertx.sqliteclient.SqliteConnection conn = await(io.vertx.sqliteclient.SqliteConnection.connect(vertx, Snippets.options(database)));
    await(Snippets.savepoints(conn));
    assertEquals(List.of(70L, 30L, 5L), balances());
    Pool fromUri = Snippets.poolFromUri(vertx, database);
    assertEquals("wal", await(fromUri.query("PRAGMA journal_mode").execute()).iterator().next().getString(0));
    assertEquals(1L, await(Snippets.connect(vertx).compose(c -> c.query("SELECT 1").execute())).iterator().next().getValue(0));
  }

  @Test
  void singleLanePoolNeverExceedsMaxSize() throws Exception {
    Pool single = Snippets.singleLanePool(vertx, database);
    List<io.vertx.sqlclient.SqlConnection> held = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      held.add(await(single.getConnection()));
    }
    List<io.vertx.core.Future<?>> queries = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      queries.add(single.query("SELECT 1").execute());
    }
    await(io.vertx.core.Future.all(queries));
    assertEquals(4, single.size());
    for (io.vertx.sqlclient.SqlConnection c : held) {
      await(c.close());
    }
    await(single.close());
  }
}
