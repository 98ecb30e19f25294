package io.github.vertxsqlite.engine;

/** One unit of work in a connection's FIFO: runs against the {@link Session}, then reports to its callback. */
final class Command<T> {

  @FunctionalInterface
  interface Work<T> {
    T run(Session session) throws Exception;
  }

  private final Work<T> work;
  private final Callback<T> callback;

  Command(Work<T> work, Callback<T> callback) {
    this.work = work;
    this.callback = callback;
  }

  void execute(Session session) {
    T result;
    try {
      result = work.run(session);
    } catch (Throwable failure) {
      report(null, session.failure(failure));
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
