package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates a database file with Flyway, then opens the pool on it (docs/migrations.md). Flyway is blocking JDBC
 * over sqlite-jdbc, so it runs on a worker thread; the pool is built only once the schema is current, so nothing
 * it serves sees a half-migrated file.
 */
public final class SchemaMigrations {

  /** Flyway's default: the SQL files under {@code src/main/resources/db/migration}. */
  public static final String DEFAULT_LOCATION = "classpath:db/migration";

  private SchemaMigrations() {
  }

  // tag::migrate-then-open[]
  public static Future<Pool> migrateThenOpen(Vertx vertx, String database, String... locations) {
    return vertx.executeBlocking(() -> migrate(database, locations))     // JDBC blocks: never on the event loop
      .map(migrated -> SqliteBuilder.pool()
        .with(new PoolOptions().setMaxSize(4))
        .connectingTo(new SqliteConnectOptions().setDatabase(database))
        .using(vertx)
        .build());
  }
  // end::migrate-then-open[]

  // tag::flyway[]
  static MigrateResult migrate(String database, String... locations) {
    return Flyway.configure()
      .dataSource(jdbcUrl(database), null, null)
      .locations(locations.length > 0 ? locations : new String[] {DEFAULT_LOCATION})
      .group(true)                            // all pending migrations in one transaction: a failed start changes nothing
      .load()
      .migrate();                             // fails with FlywayException naming the script and SQLite's error
  }
  // end::flyway[]

  // tag::jdbc-url[]
  static String jdbcUrl(String database) {
    return "jdbc:sqlite:" + database
      + "?transaction_mode=IMMEDIATE"      // Flyway's transactions take SQLite's write lock first, then read history
      + "&busy_timeout=60000";             // and wait up to a minute for another instance's migration to commit
  }
  // end::jdbc-url[]
}
