package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vertxsqlite.quarkus.runtime.jdbc.DerivedJdbcUrl;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which reactive URLs give a JDBC URL: a plain file only, found the way the pool finds it. */
class DerivedJdbcUrlTest {

  @Test
  void aFileUrlGivesTheSameFile() {
    assertEquals(Optional.of("jdbc:sqlite:data/app.db"), DerivedJdbcUrl.of("sqlite:data/app.db"));
    assertEquals(Optional.of("jdbc:sqlite:/abs/app.db"), DerivedJdbcUrl.of("sqlite:/abs/app.db"));
    assertEquals(Optional.of("jdbc:sqlite:/abs/app.db"), DerivedJdbcUrl.of("sqlite:///abs/app.db"));
    assertEquals(Optional.of("jdbc:sqlite:data/app.db"), DerivedJdbcUrl.of("vertx-reactive:sqlite:data/app.db"));
    assertEquals(Optional.of("jdbc:sqlite:data/app.db"), DerivedJdbcUrl.of("sqlite:file:data/app.db"));
    // the pool decodes the path, and sqlite-jdbc takes its path as written
    assertEquals(Optional.of("jdbc:sqlite:my data.db"), DerivedJdbcUrl.of("sqlite:my%20data.db"));
  }

  @Test
  void nothingIsDerivedWhenTheFileOrItsSettingsWouldDiffer() {
    assertEquals(Optional.empty(), DerivedJdbcUrl.of("sqlite::memory:"), "a JDBC :memory: is another database");
    assertEquals(Optional.empty(), DerivedJdbcUrl.of("sqlite:app.db?mode=ro"), "parameters mean other things to sqlite-jdbc");
    assertEquals(Optional.empty(), DerivedJdbcUrl.of("sqlite:app.db?journal_mode=wal"));
    assertEquals(Optional.empty(), DerivedJdbcUrl.of("postgresql://localhost/app"));
    assertEquals(Optional.empty(), DerivedJdbcUrl.of("sqlite:"), "the pool refuses it");
    assertEquals(Optional.empty(), DerivedJdbcUrl.of(List.of("sqlite:a.db", "sqlite:b.db")), "no one file");
    assertEquals(Optional.of("jdbc:sqlite:a.db"), DerivedJdbcUrl.of(List.of("sqlite:a.db")));
  }
}
