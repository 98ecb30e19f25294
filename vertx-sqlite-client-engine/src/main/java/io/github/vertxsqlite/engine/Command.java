package io.github.vertxsqlite.engine;

/** One unit of work in a connection's FIFO: runs against the {@link Session}, then reports to its callback. */
final class Command<T> {

  @FunctionalInterface
  interface Work<T> {
    T run(Session session) throws Exception;
  }

  private final Work<T> work;
  private final Callback<T> callback;
  /** Whether a deferred BEGIN runs before this command (every command but transaction control and a reset). */
  private final boolean runsDeferredBegin;
  /** A reset's mark ({@link SqliteEngine#reset}): it runs even while the commands before it fail. */
  final boolean resetMark;

  Command(Work<T> work, Callback<T> callback) {
    this(work, callback, true, false);
  }

  Command(Work<T> work, Callback<T> callback, boolean runsDeferredBegin, boolean resetMark) {
    this.work = work;
    this.callback = callback;
    this.runsDeferredBegin = runsDeferredBegin;
    this.resetMark = resetMark;
  }

  void execute(Session session) {
    T result;
    try {
      if (runsDeferredBegin) {
        session.beginIfDeferred();
      }
      result = work.run(session);
    } catch (Throwable failure) {
      report(null, session.interrupts().failure(failure));
      return;
    }
    report(result, null);
  }

  void fail(SqliteError failure) {
    report(null, failure);
  }

  private void report(T result, Throwable failure) {
    try {
      callback.complete(result, failure);
    } catch (Throwable bug) {
      // a throwing callback must not kill the engine thread; there is nobody left to tell but the log
      Thread t = Thread.currentThread();
      t.getUncaughtExceptionHandler().uncaughtException(t, bug);
    }
  }
}
