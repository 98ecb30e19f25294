package io.vertx.dqliteclient.impl;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.dqliteclient.DqliteConnectOptions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Parses {@code dqlite://host:port[,host:port...][/database][?name=value&...]}, with the SQLite driver's URI
 * names where they mean the same ({@code busy_timeout}, {@code query_timeout}, {@code transaction_mode},
 * {@code cache_prepared_statements})
 * and {@code leader_timeout} (ms);
 * any other scheme gives {@code null}, so {@code SqlConnectOptions.fromUri} can ask the next driver.
 */
public final class DqliteUriParser {

  private static final String SCHEME = "dqlite://";

  private DqliteUriParser() {
  }

  public static JsonObject parse(String uri) {
    if (uri == null || !uri.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null;
    }
    String rest = uri.substring(SCHEME.length());
    String query = null;
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    String database = null;
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      database = decode(rest.substring(slash + 1));
      rest = rest.substring(0, slash);
    }
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("A dqlite URI names at least one node (dqlite://host:port/database): " + uri);
    }
    JsonObject json = new JsonObject();
    JsonArray nodes = new JsonArray();
    for (String node : rest.split(",")) {
      SocketAddress address = node(node.trim());
      nodes.add(address.host() + ":" + address.port());
    }
    SocketAddress first = node(nodes.getString(0));
    json.put("host", first.host()).put("port", first.port()).put("nodes", nodes);
    if (database != null && !database.isEmpty()) {
      json.put("database", database);
    }
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("Bad parameter '" + pair + "' in dqlite URI " + uri);
        }
        String key = pair.substring(0, eq);
        String value = decode(pair.substring(eq + 1));
        switch (key.toLowerCase(java.util.Locale.ROOT)) {
          case "leader_timeout":
          case "leadertimeout":
            json.put("leaderTimeoutMillis", Long.parseLong(value));
            break;
          case "busy_timeout":
          case "busytimeout":
            json.put("busyTimeout", Integer.parseInt(value));
            break;
          case "query_timeout":
          case "querytimeout":
            json.put("queryTimeout", Long.parseLong(value));
            break;
          case "transaction_mode":
          case "transactionmode":
            json.put("transactionMode", io.vertx.sqliteclient.SqliteTransactionMode.valueOf(value.toUpperCase(java.util.Locale.ROOT)).name());
            break;
          case "cache_prepared_statements":
          case "cachepreparedstatements":
            json.put("cachePreparedStatements", Boolean.parseBoolean(value));
            break;
          default:
            throw new IllegalArgumentException("Unknown parameter '" + key + "' in dqlite URI " + uri
              + " (known: leader_timeout, busy_timeout, query_timeout, transaction_mode, cache_prepared_statements)");
        }
      }
    }
    return json;
  }

  /** {@code host:port}, {@code host} (port 9001) or {@code [v6]:port}. */
  public static SocketAddress node(String node) {
    String host = node;
    int port = DqliteConnectOptions.DEFAULT_PORT;
    int colon = node.lastIndexOf(':');
    if (colon > 0 && node.indexOf(']') < colon) {
      host = node.substring(0, colon);
      try {
        port = Integer.parseInt(node.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Bad port in dqlite node '" + node + "'");
      }
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("Empty host in dqlite node '" + node + "'");
    }
    return SocketAddress.inetSocketAddress(port, host);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
