package io.vertx.sqliteclient.examples.quarkus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what is logged above DEBUG (JUL's FINE) while installed on the root logger: Quarkus's JBoss LogManager
 * is a JUL LogManager, so this sees every category, the application's and Quarkus's own.
 */
final class LogCapture extends Handler implements AutoCloseable {

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  LogCapture() {
    Logger.getLogger("").addHandler(this);
  }

  /** What was logged above DEBUG, one line each: level, logger, message. */
  List<String> aboveDebug() {
    return aboveDebug(r -> true);
  }

  /** What was logged above DEBUG and passes {@code filter}: what a handler with that filter would write. */
  List<String> aboveDebug(Filter filter) {
    return records.stream()
        .filter(r -> r.getLevel().intValue() > Level.FINE.intValue() && filter.isLoggable(r))
        .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage())
        .toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
