package io.vertx.dqliteclient;

import io.vertx.sqliteclient.SqliteException;

/**
 * A statement that did not complete because the node serving it is not, or stopped being, the cluster's leader:
 * it died, lost an election, or was cut off from a quorum. The connection is closed; a pool connects its next
 * connection to the new leader, so the statement can be retried. It is never replayed by the driver:
 * {@link #outcomeUnknown()} says whether a write may have committed all the same.
 */
public class LeadershipException extends SqliteException {

  private final boolean outcomeUnknown;

  public LeadershipException(String message, int extendedCode, String codeName, boolean outcomeUnknown) {
    super(message + (outcomeUnknown
      ? " (a write was in flight: it may or may not have committed)"
      : " (nothing was applied)"), extendedCode, codeName);
    this.outcomeUnknown = outcomeUnknown;
  }

  /** Always {@code true}: a new connection reaches the new leader once the cluster has elected one. */
  public boolean isRetryable() {
    return true;
  }

  /**
   * {@code true} when a write or COMMIT had been sent and no answer came back: the cluster may have committed it.
   * Check before retrying anything that must not happen twice. {@code false} when the request was refused
   * before anything ran.
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
