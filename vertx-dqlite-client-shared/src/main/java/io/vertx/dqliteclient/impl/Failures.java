package io.vertx.dqliteclient.impl;

import io.github.vertxsqlite.engine.SqliteError;
import io.vertx.dqliteclient.LeadershipException;
import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.sqliteclient.SqliteException;

/** The one place that turns what the server or the network reports into the exceptions users catch. */
public final class Failures {

  private Failures() {
  }

  /** A FAILURE response: SQLite's code and message; leadership codes become {@link LeadershipException}. */
  public static SqliteException of(Body failure) {
    int code = (int) failure.uint64();
    String message = failure.text();
    return of(code, message);
  }

  /** A refusal of the shared SQL rules (the engine's {@code SqlSplitter}) as users see it. */
  static SqliteException of(SqliteError e) {
    return new SqliteException(e.getMessage(), e.extendedCode(), e.codeName());
  }

  static SqliteException of(int code, String message) {
    if (code == SqliteCodes.SQLITE_IOERR_NOT_LEADER) {
      return new LeadershipException("The node is not the leader: " + message, code, SqliteCodes.name(code), false);
    } else if (code == SqliteCodes.SQLITE_IOERR_LEADERSHIP_LOST) {
      return new LeadershipException("The node lost leadership: " + message, code, SqliteCodes.name(code), true);
    }
    return new SqliteException(message, code, SqliteCodes.name(code));
  }

  /** Whether a failure means this connection no longer reaches the leader, so it must not serve another request. */
  public static boolean leaderGone(Throwable failure) {
    return failure instanceof LeadershipException;
  }

  /** Whether a FAILURE response's code says the node does not lead. */
  static boolean leaderGone(int code) {
    return code == SqliteCodes.SQLITE_IOERR_NOT_LEADER || code == SqliteCodes.SQLITE_IOERR_LEADERSHIP_LOST;
  }

  /**
   * A failure after earlier writes of the same batch or script were applied: a leadership failure then says a
   * write may have committed, so a caller does not retry the whole of it blindly.
   */
  static Throwable afterApplied(Throwable failure) {
    if (failure instanceof LeadershipException && !((LeadershipException) failure).outcomeUnknown()) {
      LeadershipException e = (LeadershipException) failure;
      return new LeadershipException("Statements before the one that failed were applied; then: " + e.getMessage(),
        e.getExtendedCode(), e.getCodeName(), true);
    }
    return failure;
  }

  /** The connection closed while a request waited for its answer. */
  public static LeadershipException connectionLost(String server, boolean writeInFlight) {
    return new LeadershipException("The connection to " + server + " closed before it answered",
      SqliteCodes.SQLITE_IOERR, SqliteCodes.name(SqliteCodes.SQLITE_IOERR), writeInFlight);
  }

  /** A command given to a closed connection: a misuse if its user closed it, else the leader went away. */
  static SqliteException afterClose(boolean closedByUser, String server) {
    return closedByUser ? misuse("The connection is closed") : connectionLost(server, false);
  }

  /**
   * The SQL client's own failure of the commands it still held when the socket closed (queued behind a PREPARE or
   * past the pipelining limit: never sent), typed as every other command on a lost connection is.
   */
  static Throwable typedIfNeverSent(Throwable failure, String server) {
    boolean neverSent = failure != null && failure.getMessage() != null
      && failure.getMessage().startsWith("Pending requests failed");
    return neverSent ? connectionLost(server, false) : failure;
  }

  public static SqliteException interrupted(String message) {
    return new SqliteException(message, SqliteCodes.SQLITE_INTERRUPT, SqliteCodes.name(SqliteCodes.SQLITE_INTERRUPT));
  }

  public static SqliteException misuse(String message) {
    return of(SqliteError.misuse(message));
  }

  /** An SQL error found before anything is sent (SQLITE_ERROR), as SQLite would report it. */
  static SqliteException sqlError(String message) {
    return of(SqliteError.sqlError(message));
  }

  public static SqliteException range(String message) {
    return new SqliteException(message, SqliteCodes.SQLITE_RANGE, SqliteCodes.name(SqliteCodes.SQLITE_RANGE));
  }

  public static SqliteException mismatch(String message) {
    return of(SqliteError.mismatch(message));
  }

  public static SqliteException protocol(String message) {
    return new SqliteException(message, SqliteCodes.DQLITE_PROTO, SqliteCodes.name(SqliteCodes.DQLITE_PROTO));
  }

  public static SqliteException noLeader(String message) {
    return new LeadershipException(message, SqliteCodes.SQLITE_IOERR_NOT_LEADER,
      SqliteCodes.name(SqliteCodes.SQLITE_IOERR_NOT_LEADER), false);
  }
}
