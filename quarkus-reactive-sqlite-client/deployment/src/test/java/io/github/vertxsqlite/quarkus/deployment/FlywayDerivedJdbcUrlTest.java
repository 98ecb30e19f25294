package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Only {@code reactive.url} is set: the JDBC datasource Flyway migrates over gets the same file from it, so the table
 * Flyway creates is the one the reactive pool reads.
 */
class FlywayDerivedJdbcUrlTest {

  static final Path DB = newDatabaseFile();

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withApplicationRoot(jar -> jar.addAsResource(new StringAsset("""
          CREATE TABLE fruit (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
          INSERT INTO fruit(name) VALUES ('cherry');
          """), "db/migration/V1__create_fruit.sql"))
      .overrideConfigKey("quarkus.datasource.db-kind", "sqlite")
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite:" + DB)
      .overrideConfigKey("quarkus.flyway.migrate-at-start", "true");

  @Inject
  Pool pool;

  @Inject
  AgroalDataSource jdbc;

  /** Read back from the configuration: the app's copy of this class has a DB of its own (its own temp directory). */
  @ConfigProperty(name = "quarkus.datasource.reactive.url")
  String reactiveUrl;

  @Test
  void theJdbcDatasourceOpensTheReactiveUrlsFile() {
    assertEquals("jdbc:" + reactiveUrl, jdbc.getConfiguration().connectionPoolConfiguration()
        .connectionFactoryConfiguration().jdbcUrl());
  }

  @Test
  void theReactivePoolSeesWhatFlywayMigrated() {
    List<String> names = new ArrayList<>();
    for (Row row : pool.query("SELECT name FROM fruit").execute().toCompletionStage().toCompletableFuture().join()) {
      names.add(row.getString("name"));
    }
    assertEquals(List.of("cherry"), names);
  }

  private static Path newDatabaseFile() {
    try {
      Path dir = Files.createDirectories(Path.of("target"));
      return Files.createTempDirectory(dir, "flyway-derived-").resolve("app.db").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
