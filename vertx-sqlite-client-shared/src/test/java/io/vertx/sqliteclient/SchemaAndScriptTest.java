package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaAndScriptTest extends VertxPerTest {

  private static final String SCHEMA = String.join("\n",
    "CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT DEFAULT 'anon');",
    "CREATE TABLE orders (",
    "  customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,",
    "  seq INTEGER NOT NULL,",
    "  total NUMERIC(10, 2),",
    "  PRIMARY KEY (customer_id, seq)",
    ");",
    "CREATE INDEX orders_total ON orders(total, seq);",
    "CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;");

  private SqliteConnection conn;

  @BeforeEach
  void start() {
    conn = await(SqliteConnection.connect(vertx, new SqliteConnectOptions()));
    await(conn.executeScript(SCHEMA));
  }

  @Test
  void tablesAndViews() {
    assertEquals(List.of("customer", "orders"), await(conn.tables()));
    assertEquals(List.of("big_orders"), await(conn.views()));
  }

  @Test
  void columnsWithCompositePrimaryKey() {
    List<SqliteColumn> cols = await(conn.columns("orders"));
    assertEquals(3, cols.size());
    assertEquals("customer_id", cols.get(0).getName());
    assertEquals("INTEGER", cols.get(0).getDeclaredType());
    assertTrue(cols.get(0).isNotNull());
    assertEquals(1, cols.get(0).getPrimaryKeyPosition());
    assertEquals(2, cols.get(1).getPrimaryKeyPosition());
    assertEquals(0, cols.get(2).getPrimaryKeyPosition());
    assertEquals("NUMERIC(10, 2)", cols.get(2).getDeclaredType());
    SqliteColumn name = await(conn.columns("customer")).get(2);
    assertEquals("'anon'", name.getDefaultValue());
    assertFalse(name.isNotNull());
    assertEquals(name.toJson(), new SqliteColumn(name.toJson()).toJson());
    assertInstanceOf(SqliteException.class, awaitFailure(conn.columns("missing")));
  }

  @Test
  void indexesAndForeignKeys() {
    List<SqliteIndex> indexes = await(conn.indexes("orders"));
    SqliteIndex explicit = indexes.stream().filter(i -> i.getName().equals("orders_total")).findFirst().orElseThrow();
    assertFalse(explicit.isUnique());
    assertEquals("c", explicit.getOrigin());
    assertEquals(List.of("total", "seq"), explicit.getColumns());
    SqliteIndex pk = indexes.stream().filter(i -> i.getOrigin().equals("pk")).findFirst().orElseThrow();
    assertTrue(pk.isUnique());
    assertEquals(List.of("customer_id", "seq"), pk.getColumns());
    assertTrue(await(conn.indexes("customer")).stream().anyMatch(i -> i.isUnique() && i.getColumns().equals(List.of("email"))));

    List<SqliteForeignKey> fks = await(conn.foreignKeys("orders"));
    assertEquals(1, fks.size());
    assertEquals("customer", fks.get(0).getTable());
    assertEquals(List.of("customer_id"), fks.get(0).getFromColumns());
    assertEquals(List.of("id"), fks.get(0).getToColumns());
    assertEquals("CASCADE", fks.get(0).getOnDelete());
    assertEquals("NO ACTION", fks.get(0).getOnUpdate());
    assertTrue(await(conn.foreignKeys("customer")).isEmpty());
  }

  @Test
  void aFailingScriptNamesTheStatementAndStops() {
    SqliteException e = assertInstanceOf(SqliteException.class, awaitFailure(conn.executeScript(
      "INSERT INTO customer (email) VALUES ('a@x');\nINSERT INTO customer (email) VALUES ('a@x');\nINSERT INTO customer (email) VALUES ('b@x');")));
    assertTrue(e.getMessage().contains("Statement 2 of 3"), e.getMessage());
    assertEquals(2067, e.getExtendedCode());
    assertEquals(1L, await(conn.query("SELECT count(*) FROM customer").execute()).iterator().next().getLong(0));
  }

  @Test
  void extensionsAreRefusedUnlessEnabled() {
    SqliteException disabled = assertInstanceOf(SqliteException.class, awaitFailure(conn.loadExtension("/tmp/whatever.so")));
    assertTrue(disabled.getMessage().contains("extension loading is disabled"), disabled.getMessage());
    // SQL's own load_extension() is refused too
    SqliteException sql = assertInstanceOf(SqliteException.class, awaitFailure(conn.query("SELECT load_extension('/tmp/whatever.so')").execute()));
    assertTrue(sql.getMessage().contains("not authorized"), sql.getMessage());

    SqliteConnection enabled = await(SqliteConnection.connect(vertx, new SqliteConnectOptions().setExtensionLoading(true)));
    SqliteException missing = assertInstanceOf(SqliteException.class, awaitFailure(enabled.loadExtension("/no/such/extension.so")));
    assertTrue(missing.getMessage().contains("/no/such/extension"), missing.getMessage());
    assertTrue(SqliteConnectOptions.fromUri("sqlite::memory:?extension_loading=true").isExtensionLoading());
  }
}
