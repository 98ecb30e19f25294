package io.vertx.sqliteclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqliteclient.spi.SqliteDriver;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteConnectOptionsTest {

  @Test
  void defaults() {
    SqliteConnectOptions o = new SqliteConnectOptions();
    assertEquals(":memory:", o.getDatabase());
    assertEquals(SqliteOpenMode.READ_WRITE_CREATE, o.getOpenMode());
    assertEquals(5000, o.getBusyTimeout());
    assertTrue(o.getCachePreparedStatements());
    assertTrue(o.getPragmas().isEmpty());
  }

  @Test
  void memoryUri() {
    assertEquals(":memory:", SqliteConnectOptions.fromUri("sqlite::memory:").getDatabase());
  }

  @Test
  void relativeAndAbsolutePaths() {
    assertEquals("relative.db", SqliteConnectOptions.fromUri("sqlite:relative.db").getDatabase());
    assertEquals("data/app.db", SqliteConnectOptions.fromUri("sqlite:data/app.db").getDatabase());
    assertEquals("/abs/path.db", SqliteConnectOptions.fromUri("sqlite:/abs/path.db").getDatabase());
    assertEquals("/abs/path.db", SqliteConnectOptions.fromUri("sqlite:///abs/path.db").getDatabase());
    assertEquals("/abs/my db+1.db", SqliteConnectOptions.fromUri("sqlite:/abs/my%20db+1.db").getDatabase());
  }

  @Test
  void fileFormWithModeAndPragmas() {
    SqliteConnectOptions o = SqliteConnectOptions.fromUri("sqlite:file:data.db?mode=ro&journal_mode=wal&foreign_keys=on&busy_timeout=250");
    assertEquals("data.db", o.getDatabase());
    assertEquals(SqliteOpenMode.READ_ONLY, o.getOpenMode());
    assertEquals(250, o.getBusyTimeout());
    assertEquals(Map.of("journal_mode", "wal", "foreign_keys", "on"), o.getPragmas());
    assertEquals(SqliteOpenMode.READ_WRITE, SqliteConnectOptions.fromUri("sqlite:a.db?mode=rw").getOpenMode());
    assertEquals(SqliteOpenMode.READ_WRITE_CREATE, SqliteConnectOptions.fromUri("sqlite:a.db?mode=rwc").getOpenMode());
  }

  @Test
  void cacheParameters() {
    SqliteConnectOptions o = SqliteConnectOptions.fromUri(
      "sqlite:a.db?cache_prepared_statements=false&prepared_statement_cache_max_size=7&prepared_statement_cache_sql_limit=10");
    assertFalse(o.getCachePreparedStatements());
    assertEquals(7, o.getPreparedStatementCacheMaxSize());
    assertTrue(o.getPreparedStatementCacheSqlFilter().test("SELECT 1"));
    assertFalse(o.getPreparedStatementCacheSqlFilter().test("SELECT 1 + 1 + 1"));
  }

  @Test
  void genericFromUriFindsTheDriver() {
    SqlConnectOptions o = SqlConnectOptions.fromUri("sqlite:app.db?synchronous=normal");
    SqliteConnectOptions sqlite = assertInstanceOf(SqliteConnectOptions.class, o);
    assertEquals("app.db", sqlite.getDatabase());
    assertEquals("normal", sqlite.getPragmas().get("synchronous"));
  }

  @Test
  void foreignSchemeIsNotOurs() {
    assertNull(SqliteDriver.INSTANCE.parseConnectionUri("postgresql://localhost/db"));
    assertThrows(IllegalArgumentException.class, () -> SqliteConnectOptions.fromUri("postgresql://localhost/db"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "sqlite:",
    "sqlite:?mode=ro",
    "sqlite:a.db?mode=readonly",
    "sqlite:a.db?foo=bar",
    "sqlite:a.db?foreign_key=on",
    "sqlite:a.db?journal_mode",
    "sqlite:a.db?journal_mode=wal;drop",
    "sqlite:a.db?busy_timeout=soon",
    "sqlite:a.db?busy_timeout=-1",
    "sqlite:a.db?cache_prepared_statements=maybe",
    "sqlite://host/a.db",
    "sqlite:a%zz.db"
  })
  void invalidUrisFailNamingTheProblem(String uri) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqliteConnectOptions.fromUri(uri));
    assertTrue(e.getMessage().contains(uri), e.getMessage());
  }

  @Test
  void unknownPragmaIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> SqliteConnectOptions.fromUri("sqlite:a.db?foreign_key=on"));
    assertTrue(e.getMessage().contains("'foreign_key'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SqliteConnectOptions().addPragma("journal_mode", "wal; DROP TABLE t"));
  }

  @Test
  void jsonRoundTrip() {
    SqliteConnectOptions o = new SqliteConnectOptions()
      .setDatabase("x.db")
      .setOpenMode(SqliteOpenMode.READ_WRITE)
      .setBusyTimeout(1234)
      .addPragma("foreign_keys", "on");
    JsonObject json = o.toJson();
    SqliteConnectOptions copy = new SqliteConnectOptions(json);
    assertEquals("x.db", copy.getDatabase());
    assertEquals(SqliteOpenMode.READ_WRITE, copy.getOpenMode());
    assertEquals(1234, copy.getBusyTimeout());
    assertEquals(Map.of("foreign_keys", "on"), copy.getPragmas());
    assertEquals(json, new SqliteConnectOptions(copy).toJson());
  }

  @Test
  void copiesAndMergesKeepFunctions() {
    SqliteConnectOptions o = new SqliteConnectOptions().addFunction("f", 0, true, args -> 1).addCollation("c", String::compareTo);
    assertEquals(2, new SqliteConnectOptions(o).userFunctions().definitions().size());
    SqliteConnectOptions merged = (SqliteConnectOptions) o.merge(new JsonObject().put("busyTimeout", 10));
    assertEquals(10, merged.getBusyTimeout());
    assertEquals(2, merged.userFunctions().definitions().size());
  }

  @Test
  void driverAcceptsItsOptionsAndGenericOnes() {
    assertTrue(SqliteDriver.INSTANCE.acceptsOptions(new SqliteConnectOptions()));
    assertTrue(SqliteDriver.INSTANCE.acceptsOptions(new SqlConnectOptions()));
    SqliteConnectOptions down = LineAccess.downcast(new SqlConnectOptions().setDatabase("g.db"));
    assertEquals("g.db", down.getDatabase());
    assertEquals(SqliteOpenMode.READ_WRITE_CREATE, down.getOpenMode());
  }
}
