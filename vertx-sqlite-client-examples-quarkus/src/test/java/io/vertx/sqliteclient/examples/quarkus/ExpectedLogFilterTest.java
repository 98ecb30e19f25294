package io.vertx.sqliteclient.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** The filter drops exactly the two lines that say nothing is wrong, and nothing else. */
class ExpectedLogFilterTest {

  private static final String HIBERNATE = "io.quarkus.hibernate.reactive.runtime.FastBootHibernateReactivePersistenceProvider";
  private static final String UNSUPPORTED = "Persistence-unit [%s] sets unsupported properties. These properties may"
      + " not work correctly, and even if they do, that may change when upgrading to a newer version of Quarkus."
      + " Unsupported properties being set: %s";
  private static final String STREAMING = "org.jboss.resteasy.reactive.server.handlers.PublisherResponseHandler";
  private static final String UNREACHABLE = "Exception in SSE server handling, impossible to send it to client";

  private final ExpectedLogFilter filter = new ExpectedLogFilter();

  /** A record as JBoss Logging makes it: the format and its parameters, formatted only when written. */
  private static ExtLogRecord record(Level level, String category, String format, Throwable thrown, Object... parameters) {
    ExtLogRecord record = new ExtLogRecord(level, format, ExtLogRecord.FormatStyle.PRINTF, category);
    record.setLoggerName(category);
    record.setParameters(parameters);
    record.setThrown(thrown);
    return record;
  }

  @Test
  void dropsTheWarningAboutColumnOrderingAlone() {
    assertFalse(filter.isLoggable(record(Level.WARNING, HIBERNATE, UNSUPPORTED, null,
        "<default>", Set.of("hibernate.column_ordering_strategy"))));
  }

  @Test
  void keepsItWhenAnotherUnsupportedPropertyIsSet() {
    assertTrue(filter.isLoggable(record(Level.WARNING, HIBERNATE, UNSUPPORTED, null,
        "<default>", new TreeSet<>(Set.of("hibernate.column_ordering_strategy", "hibernate.jdbc.batch_size")))));
  }

  @Test
  void dropsAStreamThatCannotReachAClientThatLeft() {
    assertFalse(filter.isLoggable(record(Level.SEVERE, STREAMING, UNREACHABLE, new IOException("Broken pipe"))));
    assertFalse(filter.isLoggable(record(Level.SEVERE, STREAMING, UNREACHABLE, new ClosedChannelException())));
  }

  @Test
  void keepsAStreamThatFailedForAnotherReason() {
    assertTrue(filter.isLoggable(record(Level.SEVERE, STREAMING, UNREACHABLE, new IllegalStateException("SQLITE_IOERR"))));
  }

  @Test
  void keepsEverythingElse() {
    assertTrue(filter.isLoggable(record(Level.WARNING, HIBERNATE, "Something else: %s", null, "x")));
    assertTrue(filter.isLoggable(record(Level.WARNING, "some.other.Category", UNSUPPORTED, null,
        "<default>", Set.of("hibernate.column_ordering_strategy"))));
    assertTrue(filter.isLoggable(record(Level.SEVERE, "some.other.Category", UNREACHABLE, new IOException("Broken pipe"))));
  }
}
