package io.vertx.sqliteclient.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flyway migrated the file at start (over the datasource's JDBC side), and the reactive pool reads what it did: the
 * history records V1, and the tables are the ones V1 creates, not ones Hibernate made.
 */
@QuarkusTest
class MigrationTest {

  static final String V1 = "db/migration/V1__create_fruit_and_book.sql";

  @Inject
  Pool pool;

  @Test
  void theHistoryRecordsTheFirstMigration() {
    List<String> applied = new ArrayList<>();
    for (Row row : query("SELECT version, description, script, success FROM flyway_schema_history"
        + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
      applied.add(row.getString("version") + " " + row.getString("description") + " " + row.getString("script")
          + " " + row.getBoolean("success"));
    }
    assertEquals(List.of("1 create fruit and book " + V1 + " true"), applied);
  }

  /** SQLite keeps each table's CREATE statement as it was sent: both are V1's text, word for word. */
  @Test
  void theTablesAreTheOnesTheMigrationCreates() throws Exception {
    String script;
    try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(V1)) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> tables = new ArrayList<>();
    for (Row row : query("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN ('fruit', 'Book')"
        + " ORDER BY name")) {
      tables.add(row.getString("name"));
      assertTrue(script.contains(row.getString("sql")), () -> row.getString("sql") + " is not in " + V1);
    }
    assertEquals(List.of("Book", "fruit"), tables);
  }

  private Iterable<Row> query(String sql) {
    return pool.query(sql).execute().await().atMost(Duration.ofSeconds(10));
  }
}
