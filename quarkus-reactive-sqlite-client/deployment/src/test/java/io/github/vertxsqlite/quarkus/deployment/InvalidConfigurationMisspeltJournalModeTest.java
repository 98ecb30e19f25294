package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A journal mode SQLite does not have is refused when the configuration is read. */
class InvalidConfigurationMisspeltJournalModeTest {
  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite::memory:")
      .overrideConfigKey("quarkus.datasource.reactive.sqlite.journal-mode", "wall")
      .assertException(t -> {
        String all = StartupFailures.describe(t);
        assertTrue(all.contains("quarkus.datasource.reactive.sqlite.journal-mode"), all);
        assertTrue(all.contains("wall"), all);
      });

  @Test
  void failsAtStartup() {
  }
}
