package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * quarkus-flyway on a db-kind sqlite datasource: with Agroal present the extension registers sqlite-jdbc for the
 * db-kind, Flyway migrates the file over JDBC at start, and the reactive pool on the same file sees the result.
 */
class FlywayMigrateAtStartTest {

  /** A new file each run, so the migration is applied by this start and not found from an earlier one. */
  static final Path DB = newDatabaseFile();

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withApplicationRoot(jar -> jar.addAsResource(new StringAsset("""
          CREATE TABLE fruit (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
          INSERT INTO fruit(name) VALUES ('apple'), ('banana');
          """), "db/migration/V1__create_fruit.sql"))
      .overrideConfigKey("quarkus.datasource.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite:" + DB)
      .overrideConfigKey("quarkus.datasource.jdbc.url", "jdbc:sqlite:" + DB)
      .overrideConfigKey("quarkus.flyway.migrate-at-start", "true")
      // Agroal warns about any db-kind whose configurer it lacks; the extension provides one for sqlite
      .setLogRecordPredicate(r -> r.getLoggerName().startsWith("io.quarkus.agroal") && r.getLevel().intValue() >= Level.WARNING.intValue())
      .assertLogRecords(records -> assertEquals(List.of(), records.stream().map(LogRecord::getMessage).toList()));

  @Inject
  Pool pool;

  @Test
  void theReactivePoolSeesTheMigratedTable() {
    assertEquals(List.of("apple", "banana"), column("SELECT name FROM fruit ORDER BY id", "name"));
  }

  @Test
  void flywayRecordedTheMigration() {
    assertEquals(List.of("1 create fruit true"), column(
        "SELECT version || ' ' || description || ' ' || CASE success WHEN 1 THEN 'true' ELSE 'false' END AS applied"
            + " FROM flyway_schema_history WHERE version IS NOT NULL", "applied"));
  }

  private List<String> column(String sql, String name) {
    RowSet<Row> rows = pool.query(sql).execute().toCompletionStage().toCompletableFuture().join();
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.getString(name)));
    return values;
  }

  private static Path newDatabaseFile() {
    try {
      Path dir = Files.createDirectories(Path.of("target"));
      return Files.createTempDirectory(dir, "flyway-").resolve("app.db").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
