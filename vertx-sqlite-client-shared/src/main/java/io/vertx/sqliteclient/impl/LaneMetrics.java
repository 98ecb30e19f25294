package io.vertx.sqliteclient.impl;

/**
 * How a pool's pipelined lane reports its one-shot queries to the pool's metrics, so that a dashboard sees the
 * whole pool: each Vert.x line adapts its {@code PoolMetrics} SPI (the same pool type and name as the exclusive
 * lane's) to these four events. A query is queued when it arrives, then either starts on a connection or leaves
 * the queue without running (refused, timed out, pool closed); a started query finishes once. The lane never
 * closes its pool metrics: the pool's own close stands for the whole pool (Vert.x 4.5's SQL client TCK expects
 * one close per pool, and Vert.x 5's pool closes none).
 */
public interface LaneMetrics {

  /** No metrics SPI: the lane reports nothing. */
  LaneMetrics NONE = new LaneMetrics() {
    @Override
    public Object queued() {
      return null;
    }

    @Override
    public Object started(Object queued) {
      return null;
    }

    @Override
    public void left(Object queued) {
    }

    @Override
    public void finished(Object started) {
    }
  };

  /** A query arrived; returns what {@link #started} or {@link #left} will get. */
  Object queued();

  /** The query got a connection; returns what {@link #finished} will get. */
  Object started(Object queued);

  /** The query leaves the queue without running. */
  void left(Object queued);

  /** The query has completed and given back its share of the connection. */
  void finished(Object started);
}
