package io.vertx.dqliteclient.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.vertx.core.net.SocketAddress;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import java.util.List;
import org.junit.Test;

public class DqliteUriParserTest {

  @Test
  public void aListOfNodesThenTheDatabase() {
    DqliteConnectOptions options = DqliteConnectOptions.fromUri("dqlite://127.0.0.1:9001,127.0.0.1:9002,10.0.0.3/app");
    assertEquals(List.of(SocketAddress.inetSocketAddress(9001, "127.0.0.1"), SocketAddress.inetSocketAddress(9002, "127.0.0.1"),
      SocketAddress.inetSocketAddress(9001, "10.0.0.3")), options.getNodes());
    assertEquals("app", options.getDatabase());
    assertEquals("127.0.0.1", options.getHost());
    assertEquals(9001, options.getPort());
  }

  @Test
  public void sqlConnectOptionsFromUriFindsThisDriver() {
    SqlConnectOptions options = SqlConnectOptions.fromUri("dqlite://[::1]:7000/db2?leader_timeout=250&cache_prepared_statements=true&busy_timeout=7&transaction_mode=deferred");
    assertTrue(options instanceof DqliteConnectOptions);
    DqliteConnectOptions dqlite = (DqliteConnectOptions) options;
    assertEquals(SocketAddress.inetSocketAddress(7000, "::1"), dqlite.getNodes().get(0));
    assertEquals(250, dqlite.getLeaderTimeoutMillis());
    assertTrue(dqlite.getCachePreparedStatements());
    assertEquals("db2", dqlite.getDatabase());
    assertEquals(7, dqlite.getBusyTimeout());
    assertEquals(io.vertx.sqliteclient.SqliteTransactionMode.DEFERRED, dqlite.getTransactionMode());
  }

  @Test
  public void otherSchemesAreLeftToOtherDrivers() {
    assertNull(DqliteUriParser.parse("sqlite:app.db"));
    assertNull(DqliteUriParser.parse("postgresql://localhost/db"));
  }

  @Test
  public void badUrisAreRefusedWithTheirReason() {
    assertThrows(IllegalArgumentException.class, () -> DqliteUriParser.parse("dqlite:///app"));
    assertThrows(IllegalArgumentException.class, () -> DqliteUriParser.parse("dqlite://h:port/app"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> DqliteUriParser.parse("dqlite://h/app?timeout=1"));
    assertTrue(unknown.getMessage(), unknown.getMessage().contains("timeout"));
  }

  @Test
  public void optionsSurviveJson() {
    DqliteConnectOptions options = new DqliteConnectOptions().addNode("a", 1).addNode("b", 2).setDatabase("x").setLeaderTimeoutMillis(5);
    DqliteConnectOptions copy = new DqliteConnectOptions(options.toJson());
    assertEquals(options.getNodes(), copy.getNodes());
    assertEquals("x", copy.getDatabase());
    assertEquals(5, copy.getLeaderTimeoutMillis());
  }
}
