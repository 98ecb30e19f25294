package io.vertx.sqliteclient.impl;

/** One job of a {@link PipelinedLane}: a query (or an engine transaction), waiting for or running on a connection. */
public interface LaneJob<C> {
  /** Runs on {@code connection}; {@code done} must run once when the query has completed. */
  void run(C connection, Runnable done);

  void fail(Throwable cause);

  /** Whether the job writes (an engine transaction): writes of one file serialize on its writer gate anyway. */
  default boolean writes() {
    return false;
  }
}
