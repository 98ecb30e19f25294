package io.vertx.sqliteclient.impl;

import java.util.function.Supplier;

/**
 * A one-shot query as the pool's metrics see it: queued from its arrival in the lane until it runs on a
 * connection or fails without running. A failing metrics implementation must not fail queries, as in Vert.x's
 * own pool, so every report is best effort.
 */
final class MeteredJob<C> implements OneShotLane.Job<C> {

  private final LaneMetrics metrics;
  private final OneShotLane.Job<C> job;
  private final Object queued;

  MeteredJob(LaneMetrics metrics, OneShotLane.Job<C> job) {
    this.metrics = metrics;
    this.job = job;
    this.queued = mark(metrics::queued);
  }

  @Override
  public void run(C connection, Runnable done) {
    Object started = mark(() -> metrics.started(queued));
    job.run(connection, () -> {
      event(() -> metrics.finished(started));
      done.run();
    });
  }

  @Override
  public void fail(Throwable cause) {
    event(() -> metrics.left(queued));
    job.fail(cause);
  }

  static Object mark(Supplier<Object> report) {
    try {
      return report.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static void event(Runnable report) {
    try {
      report.run();
    } catch (RuntimeException e) {
      // metrics are best effort
    }
  }
}
