package io.vertx.sqliteclient.examples.quarkus;

import io.quarkus.logging.LoggingFilter;
import java.io.IOException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Drops two log lines that say nothing is wrong, and only those (linked to the console and file handlers by
 * {@code quarkus.log.console.filter} and {@code quarkus.log.file.filter}):
 * <ul>
 *   <li>Quarkus's WARN at every start that {@code hibernate.column_ordering_strategy} is an unsupported property:
 *   application.properties sets it on purpose, and says why. The WARN still shows if any other one is set.</li>
 *   <li>Quarkus REST's ERROR when a streamed response cannot be written because the client has gone (an
 *   IOException: broken pipe, closed channel). A client leaving an export early is not a fault of the service;
 *   the stream is cancelled and its connection given back. Any other failure of a stream still shows.</li>
 * </ul>
 */
@LoggingFilter(name = "expected-log")
public final class ExpectedLogFilter implements Filter {

  private static final String HIBERNATE = "io.quarkus.hibernate.reactive.runtime.FastBootHibernateReactivePersistenceProvider";
  private static final String COLUMN_ORDERING_ONLY = "Unsupported properties being set: [hibernate.column_ordering_strategy]";
  private static final String STREAMING = "org.jboss.resteasy.reactive.server.handlers.PublisherResponseHandler";
  private static final String CLIENT_UNREACHABLE = "Exception in SSE server handling, impossible to send it to client";

  @Override
  public boolean isLoggable(LogRecord record) {
    String message = message(record);
    if (HIBERNATE.equals(record.getLoggerName())) {
      return !message.endsWith(COLUMN_ORDERING_ONLY);
    }
    if (STREAMING.equals(record.getLoggerName())) {
      return !(message.equals(CLIENT_UNREACHABLE) && record.getThrown() instanceof IOException);
    }
    return true;
  }

  /** JBoss Logging keeps the format and its parameters apart until the record is written. */
  private static String message(LogRecord record) {
    return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : String.valueOf(record.getMessage());
  }
}
