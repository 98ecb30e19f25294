package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusUnitTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An unknown pragma in {@code reactive.sqlite.pragmas} stops start-up, naming the exact property. */
class InvalidConfigurationUnknownPragmaTest {
  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite::memory:")
      .overrideConfigKey("quarkus.datasource.reactive.sqlite.pragmas.not_a_pragma", "1")
      .assertException(t -> {
        Throwable e = StartupFailures.find(t);
        assertNotNull(e, () -> "no ConfigurationException in " + t);
        assertEquals(Set.of("quarkus.datasource.reactive.sqlite.pragmas.not_a_pragma"), StartupFailures.configKeys(e));
        assertTrue(e.getMessage().contains("not_a_pragma"), e.getMessage());
      });

  @Test
  void failsAtStartup() {
  }
}
