package io.vertx.sqliteclient.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what is logged above DEBUG (JUL's FINE) while installed on the root logger; Vert.x logs through JUL
 * here, as there is no other logging backend on the examples' classpath.
 */
final class LogCapture extends Handler implements AutoCloseable {

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  LogCapture() {
    Logger.getLogger("").addHandler(this);
  }

  /** What was logged above DEBUG, one line each: level, logger, message. */
  List<String> aboveDebug() {
    return records.stream()
      .filter(r -> r.getLevel().intValue() > Level.FINE.intValue())
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
