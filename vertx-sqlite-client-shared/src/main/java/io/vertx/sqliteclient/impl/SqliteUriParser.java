package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.Pragmas;
import io.vertx.core.json.JsonObject;
import io.vertx.sqliteclient.SqliteOpenMode;
import io.vertx.sqliteclient.SqliteTransactionMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Parses {@code sqlite:} connection URIs:
 * <pre>
 *   sqlite::memory:                        in-memory database
 *   sqlite:relative/app.db                 file relative to the working directory
 *   sqlite:/abs/app.db  sqlite:///abs/app.db
 *   sqlite:file:app.db?mode=ro             SQLite's file: form
 *   ...?journal_mode=wal&amp;foreign_keys=on   pragmas as query parameters
 * </pre>
 * Query parameters are driver options ({@code mode}, {@code busy_timeout}, {@code transaction_mode},
 * {@code query_timeout}, {@code pipelining_limit}, {@code cache_prepared_statements},
 * {@code prepared_statement_cache_max_size}, {@code prepared_statement_cache_sql_limit}) or settable pragmas;
 * anything else is an {@link IllegalArgumentException} naming it.
 */
public final class SqliteUriParser {

  private static final String SCHEME = "sqlite:";

  private SqliteUriParser() {
  }

  /**
   * The options of {@code uri} as {@code SqliteConnectOptions}' JSON form, or {@code null} when it is not an
   * {@code sqlite:} URI. Every value is checked here, so an error names the URI.
   */
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
    if (rest.regionMatches(true, 0, "file:", 0, 5)) {
      rest = rest.substring(5);
    }
    if (rest.startsWith("//")) {
      // empty authority: sqlite:///abs/path.db
      rest = rest.substring(2);
      if (!rest.startsWith("/")) {
        throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': a host is not allowed, use sqlite:/absolute/path or sqlite:relative/path");
      }
    }
    String database = decode(rest, uri);
    if (database.isEmpty()) {
      throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': no database path (use sqlite::memory: for an in-memory database)");
    }
    JsonObject options = new JsonObject().put("database", database);
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': parameter '" + pair + "' has no value");
        }
        applyParameter(options, decode(pair.substring(0, eq), uri), decode(pair.substring(eq + 1), uri), uri);
      }
    }
    return options;
  }

  private static void applyParameter(JsonObject options, String name, String value, String uri) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "mode":
        options.put("openMode", openMode(value, uri).name());
        break;
      case "busy_timeout":
      case "busytimeout":
        options.put("busyTimeout", integer(name, value, uri));
        break;
      case "transaction_mode":
      case "transactionmode":
        options.put("transactionMode", transactionMode(value, uri).name());
        break;
      case "query_timeout":
      case "querytimeout":
        options.put("queryTimeout", integer(name, value, uri));
        break;
      case "pipelining_limit":
      case "pipelininglimit":
        options.put("pipeliningLimit", integer(name, value, uri));
        break;
      case "extension_loading":
      case "extensionloading":
        options.put("extensionLoading", bool(name, value, uri));
        break;
      case "cache_prepared_statements":
      case "cachepreparedstatements":
        options.put("cachePreparedStatements", bool(name, value, uri));
        break;
      case "prepared_statement_cache_max_size":
      case "preparedstatementcachemaxsize":
        options.put("preparedStatementCacheMaxSize", integer(name, value, uri));
        break;
      case "prepared_statement_cache_sql_limit":
      case "preparedstatementcachesqllimit":
        options.put("preparedStatementCacheSqlLimit", integer(name, value, uri));
        break;
      default:
        if (!Pragmas.isSettable(name)) {
          throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': unknown parameter '" + name
            + "' (neither a driver option nor a settable pragma)");
        }
        try {
          Pragmas.validate(name, value);
          JsonObject pragmas = options.getJsonObject("pragmas");
          if (pragmas == null) {
            options.put("pragmas", pragmas = new JsonObject());
          }
          pragmas.put(name, value);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': " + e.getMessage(), e);
        }
    }
  }

  private static SqliteOpenMode openMode(String value, String uri) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "ro":
        return SqliteOpenMode.READ_ONLY;
      case "rw":
        return SqliteOpenMode.READ_WRITE;
      case "rwc":
        return SqliteOpenMode.READ_WRITE_CREATE;
      default:
        throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': parameter 'mode' must be ro, rw or rwc, got '" + value + "'");
    }
  }

  private static SqliteTransactionMode transactionMode(String value, String uri) {
    try {
      return SqliteTransactionMode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': parameter 'transaction_mode' must be deferred, immediate or exclusive, got '" + value + "'");
    }
  }

  private static int integer(String name, String value, String uri) {
    try {
      int n = Integer.parseInt(value);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': parameter '" + name + "' must be a non-negative integer, got '" + value + "'");
    }
  }

  private static boolean bool(String name, String value, String uri) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
      case "on":
      case "1":
        return true;
      case "false":
      case "off":
      case "0":
        return false;
      default:
        throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': parameter '" + name + "' must be true or false, got '" + value + "'");
    }
  }

  private static String decode(String s, String uri) {
    try {
      // '+' is a literal plus in a path, not a space
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid SQLite URI '" + uri + "': bad percent-encoding in '" + s + "'", e);
    }
  }
}
