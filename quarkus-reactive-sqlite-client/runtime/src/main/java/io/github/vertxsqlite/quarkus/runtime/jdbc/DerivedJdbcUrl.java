package io.github.vertxsqlite.quarkus.runtime.jdbc;

import io.vertx.sqliteclient.SqliteConnectOptions;
import java.util.List;
import java.util.Optional;

/**
 * The sqlite-jdbc URL of the file a reactive {@code sqlite:} URL opens, when that is certain. Only a plain file URL
 * qualifies: query parameters are read differently by the two drivers ({@code mode=ro}, pragmas, timeouts), an
 * in-memory database would be a second, separate database on the JDBC side, and a list of URLs has no one file.
 */
public final class DerivedJdbcUrl {

  private static final String LEGACY_PREFIX = "vertx-reactive:";
  private static final String SCHEME = "sqlite:";

  private DerivedJdbcUrl() {
  }

  public static Optional<String> of(List<String> reactiveUrls) {
    return reactiveUrls.size() == 1 ? of(reactiveUrls.get(0)) : Optional.empty();
  }

  public static Optional<String> of(String reactiveUrl) {
    String url = reactiveUrl.strip();
    if (url.startsWith(LEGACY_PREFIX)) {
      url = url.substring(LEGACY_PREFIX.length());
    }
    if (!url.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || url.contains("?")) {
      return Optional.empty();
    }
    String database;
    try {
      // the driver's own parser, so the file is the one the pool opens (percent-decoded, sqlite:/// and file: forms)
      database = SqliteConnectOptions.fromUri(url).getDatabase();
    } catch (IllegalArgumentException e) {
      return Optional.empty();   // the pool refuses it at start and says why; nothing to derive
    }
    // ':memory:' and sqlite-jdbc's ':resource:' are not files; a leading 'file:' would be a URI to sqlite-jdbc
    if (database == null || database.isEmpty() || database.startsWith(":")
        || database.regionMatches(true, 0, "file:", 0, 5)) {
      return Optional.empty();
    }
    return Optional.of("jdbc:sqlite:" + database);
  }
}
