package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusUnitTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A URL that is not {@code sqlite:…} stops start-up with a ConfigurationException naming the property. */
class InvalidConfigurationBadUrlTest {
  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.reactive.url", "postgresql://localhost/app")
      .assertException(t -> {
        Throwable e = StartupFailures.find(t);
        assertNotNull(e, () -> "no ConfigurationException in " + t);
        assertEquals(Set.of("quarkus.datasource.reactive.url"), StartupFailures.configKeys(e));
        assertTrue(e.getMessage().contains("postgresql://localhost/app"), e.getMessage());
        assertTrue(e.getMessage().contains("sqlite:"), e.getMessage());
      });

  @Test
  void failsAtStartup() {
    // the assertion is in assertException: start-up must fail
  }
}
