package io.github.vertxsqlite.engine;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.sqlite.SQLiteErrorCode;

/**
 * One transaction run by caller's work on the engine thread ({@link SqliteEngine#runTransaction}): {@code BEGIN
 * IMMEDIATE}, the work's statements back to back through the connection's statement cache, then {@code COMMIT},
 * or {@code ROLLBACK} when the work throws. One hop to the engine and one back, however many statements: the writer
 * gate is held from the BEGIN to the end and never across a trip to the event loop.
 *
 * <p>Valid only inside the work, on the engine thread. The work must not wait for the engine's asynchronous API
 * (its results come only after the work returns): any command submitted from inside fails at once. The query
 * timeout bounds the whole work; it, a close and a pooled reset interrupt the running statement and the thread
 * (so a blocking wait ends with {@link InterruptedException}), and the transaction rolls back.
 */
public final class TransactionScope {

  private static final Object[] NO_PARAMS = new Object[0];

  private final Session session;
  private final Thread owner = Thread.currentThread();
  /** Guards {@code open} and {@code expired} against the deadline on the timer thread. */
  private final Object lock = new Object();
  private boolean open = true;
  private volatile boolean expired;

  private TransactionScope(Session session) {
    this.session = session;
  }

  /** Whether the current thread is an engine thread running transaction work now. */
  public static boolean activeOnThisThread() {
    Thread t = Thread.currentThread();
    return t instanceof EngineThread && ((EngineThread) t).scope != null;
  }

  /**
   * The failure of an asynchronous call made inside transaction work (of the engine, or of an adapter over it): its
   * outcome could only come after the work returns, so a work that waited for it would wait forever.
   */
  public static SqliteError asyncRefused() {
    return ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "an engine transaction's work cannot use the asynchronous"
      + " API: run statements through its transaction object, or after the work returns");
  }

  /** Runs one statement with positional parameters (engine values: see {@link JavaToSqlite}), reading every row. */
  public QueryResult execute(String sql, Object... params) throws SqliteError {
    checkUsable(sql);
    try {
      return session.execute(sql, params == null ? NO_PARAMS : params);
    } catch (Exception e) {
      throw failure(e);
    }
  }

  /** Runs the statement once per parameter set, all or none (a savepoint inside this transaction). */
  public List<QueryResult> executeBatch(String sql, List<Object[]> batch) throws SqliteError {
    checkUsable(sql);
    try {
      return session.executeBatch(sql, batch, null);
    } catch (Exception e) {
      throw failure(e);
    }
  }

  /** On the engine thread: runs {@code work} in a transaction of its own and commits what it did. */
  static <T> T run(Session session, TransactionWork<T> work) throws Exception {
    if (session.inTransaction()) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "cannot run an engine transaction while this connection has a"
        + " transaction open (begin() or BEGIN): commit or roll it back first");
    }
    TransactionScope tx = new TransactionScope(session);
    long timeout = session.queryTimeoutMillis();
    session.runInternal("BEGIN IMMEDIATE");
    ScheduledFuture<?> deadline = timeout > 0 ? QueryTimer.schedule(tx::expire, timeout) : null;
    EngineThread thread = tx.owner instanceof EngineThread ? (EngineThread) tx.owner : null;
    if (thread != null) {
      thread.scope = tx;
    }
    session.interrupts().workStarted(tx.owner);
    try {
      T result = work.run(tx);
      tx.close();
      session.interrupts().checkNotAborted();
      if (!session.inTransaction()) {
        throw rolledBackBySqlite();
      }
      session.runInternal("COMMIT");
      return result;
    } catch (Throwable failure) {
      tx.close();
      rollBack(session);
      throw tx.outcomeOf(failure);
    } finally {
      session.interrupts().workEnded();
      if (thread != null) {
        thread.scope = null;
      }
      if (deadline != null) {
        deadline.cancel(false);
      }
      Thread.interrupted(); // an interrupt aimed at the work must not reach the engine's next command
    }
  }

  /**
   * What a work that threw reports: the timeout or the close that stopped it, SQLite's own failure, or else the
   * caller's exception, unchanged.
   */
  private Exception outcomeOf(Throwable failure) {
    if (expired) {
      return timedOut(failure);
    }
    if (session.interrupts().aborting() || session.interrupts().resetDue()) {
      return ErrorMapping.closedWhileRunning(failure);
    }
    if (failure instanceof SqliteError || failure instanceof java.sql.SQLException) {
      return (Exception) failure;
    }
    return new WorkFailure(failure);
  }

  /** The caller's own exception, out of its work: reported as it is ({@link ErrorMapping#report}). */
  static final class WorkFailure extends RuntimeException {
    WorkFailure(Throwable cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private static void rollBack(Session session) {
    if (!session.inTransaction()) {
      return;
    }
    try {
      session.runInternal("ROLLBACK");
    } catch (Exception ignore) {
      // SQLite rolls back what it cannot keep; the original failure is what the caller needs
    }
  }

  private void checkUsable(String sql) throws SqliteError {
    synchronized (lock) {
      if (!open || Thread.currentThread() != owner) {
        throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "this transaction is usable only inside its work,"
          + " on the engine thread that runs it, until the work returns");
      }
      if (expired) {
        throw timedOut(null);
      }
    }
    if (!session.inTransaction()) {
      throw rolledBackBySqlite();
    }
    if (endsTransaction(sql)) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "the engine begins, commits and rolls back this transaction"
        + " itself; use SAVEPOINT / ROLLBACK TO / RELEASE inside it (refused: " + sql.strip() + ")");
    }
  }

  /** BEGIN, COMMIT, END or ROLLBACK (not ROLLBACK TO, which returns to a savepoint). */
  private static boolean endsTransaction(String sql) {
    String first = SqlSplitter.firstKeyword(sql);
    switch (first) {
      case "BEGIN":
      case "COMMIT":
      case "END":
        return true;
      case "ROLLBACK":
        return !sql.toUpperCase(java.util.Locale.ROOT).matches("(?s).*\\bROLLBACK\\s+(TRANSACTION\\s+)?TO\\b.*");
      default:
        return false;
    }
  }

  /**
   * SQLite itself rolled the transaction back after a failure inside it (OR ROLLBACK, RAISE(ROLLBACK), a full disk,
   * an I/O error): no statement may run after that, as it would commit on its own.
   */
  private static SqliteError rolledBackBySqlite() {
    return ErrorMapping.error(SQLiteErrorCode.SQLITE_ABORT_ROLLBACK, "SQLite rolled the transaction back after a failure"
      + " inside it (OR ROLLBACK, RAISE(ROLLBACK), a full disk or an I/O error): nothing of it was committed, and"
      + " no further statement of the work runs");
  }

  private SqliteError failure(Exception e) {
    if (expired) {
      return timedOut(e);
    }
    Throwable reported = session.interrupts().failure(e);
    if (reported instanceof RuntimeException) {
      throw (RuntimeException) reported;
    }
    return ErrorMapping.map(reported);
  }

  private SqliteError timedOut(Throwable cause) {
    return ErrorMapping.interrupted("Engine transaction timed out after " + session.queryTimeoutMillis()
      + " ms (the query timeout) and was rolled back; the connection is still usable", cause);
  }

  /** On the timer thread: the query timeout is over while the work still runs. */
  private void expire() {
    synchronized (lock) {
      // under the lock: once the work is over (close()), no interrupt of this timer reaches a later command
      if (open) {
        expired = true;
        session.interrupts().interrupt();
      }
    }
  }

  private void close() {
    synchronized (lock) {
      open = false;
    }
  }
}
