package io.github.vertxsqlite.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One SQLite connection and the dedicated thread that owns it.
 *
 * <p>Callers on any thread submit commands; the engine thread runs them one at a time, in submission order,
 * and reports each outcome to its {@link Callback} on the engine thread. No SQLite call ever runs on a
 * caller's thread.
 *
 * <p>States: {@code OPEN} (commands run) → {@code CLOSING} (close was asked: commands queued before it still
 * run for {@link #CLOSE_GRACE_MILLIS}, later ones fail) → {@code CLOSED} (connection and thread gone). Once the
 * grace is over, the running statement is interrupted ({@code sqlite3_interrupt}) and fails, and so does every
 * command still queued, so a close never waits on a long query. A failed open goes straight to {@code CLOSED}.
 */
public final class SqliteEngine {

  private enum State { OPEN, CLOSING, CLOSED }

  private static final AtomicLong THREAD_IDS = new AtomicLong();
  /**
   * How long commands queued before a close may still run: long enough for the usual fire-and-forget write
   * before {@code close()}, short enough that a close completes well within a second.
   */
  static final long CLOSE_GRACE_MILLIS = 250;
  /** An interrupt that lands between two statements is lost (SQLite clears it when the next one starts): repeat. */
  static final long ABORT_REPEAT_MILLIS = 20;

  /** Marks the end of the FIFO: the loop closes the connection when it reaches it. */
  private static final Command<Void> CLOSE = new Command<>(s -> null, (r, e) -> { });

  private final CommandQueue queue = new CommandQueue();
  private final List<Callback<Void>> closeWaiters = new ArrayList<>();
  private final Thread thread;
  private volatile State state = State.OPEN;
  private volatile String sqliteVersion = "";
  /** The open session, for the close's interrupt from another thread; null before open and after close. */
  private volatile Session session;
  private final EngineActivity activity = new EngineActivity();

  private SqliteEngine(EngineOptions options, Callback<SqliteEngine> opened) {
    EngineOptions copy = new EngineOptions(options);
    this.thread = new EngineThread(() -> loop(copy, opened), copy.threadName() + "-" + THREAD_IDS.incrementAndGet());
  }

  /** Opens a connection on a new thread; {@code opened} receives the engine, or why it could not open. */
  public static void open(EngineOptions options, Callback<SqliteEngine> opened) {
    new SqliteEngine(options, opened).thread.start();
  }

  // ---- commands ----

  /** Compiles {@code sql}; with {@code retain} the statement stays compiled until {@link #unprepare}. */
  public void prepare(String sql, boolean retain, Callback<StatementInfo> callback) {
    submit(s -> s.prepare(sql, retain), callback);
  }

  public void unprepare(String sql, Callback<Void> callback) {
    run(s -> s.unprepare(sql), callback);
  }

  /**
   * For a connection given back to its pool: commands submitted before this call may still run for the close's
   * grace ({@link #CLOSE_GRACE_MILLIS}, so a write sent just before the close lands), then the running one is
   * interrupted and fails with the closed error, as do those still queued; then open cursors end and an open
   * transaction is rolled back. Commands submitted after this call run as usual, after all that.
   */
  public void reset(Callback<Void> callback) {
    if (TransactionScope.activeOnThisThread()) {
      callback.complete(null, TransactionScope.asyncRefused()); // asked mid-work, its mark would never be reached
      return;
    }
    Session open = session;
    if (open == null || state != State.OPEN) {
      callback.complete(null, closedError());
      return;
    }
    long mark = open.interrupts().askReset();
    submit(new Command<>(s -> {
      s.reset(mark);
      return null;
    }, callback, false, true));
    activity.resetAsked(open, mark);
  }

  /** Runs one statement with positional parameters, reading every row. */
  public void execute(String sql, Object[] params, Callback<QueryResult> callback) {
    submit(s -> s.execute(sql, params), callback);
  }

  /**
   * Runs {@code work} on the engine thread inside one transaction of its own ({@link TransactionScope}): its
   * statements run back to back with no trip to the caller between them; the callback gets what it returns once
   * committed, or its failure once rolled back.
   */
  public <T> void runTransaction(TransactionWork<T> work, Callback<T> callback) {
    submit(s -> TransactionScope.run(s, work), callback);
  }

  /** Starts a transaction in the configured {@link TransactionMode}. */
  public void begin(Callback<Void> callback) {
    runControl(s -> s.begin(), callback);
  }

  /**
   * Starts a transaction with the next command instead: BEGIN runs on the engine just before it, in the same
   * turn, so the caller need not wait for a BEGIN of its own (a transaction of two statements: three round
   * trips instead of four). A BEGIN that fails fails that next command; committing or rolling back before any
   * command ran does nothing.
   */
  public void beginWithNextCommand() {
    runControl(s -> s.deferBegin(), (r, e) -> { });
  }

  public void commit(Callback<Void> callback) {
    runControl(s -> s.commit(), callback);
  }

  public void rollback(Callback<Void> callback) {
    runControl(s -> s.rollback(), callback);
  }

  /** Runs the statement once per parameter set, atomically. */
  public void executeBatch(String sql, List<Object[]> batch, Callback<List<QueryResult>> callback) {
    executeBatch(sql, batch, null, callback);
  }

  /**
   * Like {@link #executeBatch(String, List, Callback)}, also handing {@code progress} (on the engine thread) each
   * further run of completed results while a batch of writes goes on, so the caller can work on them meanwhile.
   * A run is only valid during the call; the callback still receives every result, or the failure (in which case
   * nothing was written).
   */
  public void executeBatch(String sql, List<Object[]> batch, Consumer<List<QueryResult>> progress,
                           Callback<List<QueryResult>> callback) {
    submit(s -> s.executeBatch(sql, batch, progress), callback);
  }

  /** Runs text that may hold several statements, one result per statement. */
  public void executeScript(String sql, Callback<List<QueryResult>> callback) {
    submit(s -> s.executeScript(sql), callback);
  }

  /**
   * Reads the next {@code count} rows of cursor {@code cursorId}, running {@code sql} with {@code params}
   * to open it the first time. The cursor stays open until {@link #closeCursor}.
   */
  public void fetch(String cursorId, String sql, Object[] params, int count, Callback<QueryResult> callback) {
    submit(s -> s.fetch(cursorId, sql, params, count), callback);
  }

  public void closeCursor(String cursorId, Callback<Void> callback) {
    run(s -> s.closeCursor(cursorId), callback);
  }

  public void state(Callback<ConnectionState> callback) {
    submit(Session::state, callback);
  }

  /** Reads a pragma ({@code argument} may be null, or e.g. a table name for {@code table_info}). */
  public void readPragma(String name, String argument, Callback<QueryResult> callback) {
    runPragma(() -> Pragmas.query(name, argument), callback);
  }

  public void setPragma(String name, String value, Callback<QueryResult> callback) {
    runPragma(() -> Pragmas.assignment(name, value), callback);
  }

  /** Names and values are checked here, on the caller's thread, where they enter: never spliced unchecked. */
  private void runPragma(java.util.function.Supplier<String> statement, Callback<QueryResult> callback) {
    String sql;
    try {
      sql = statement.get();
    } catch (IllegalArgumentException e) {
      callback.complete(null, e);
      return;
    }
    submit(s -> s.execute(sql, new Object[0]), callback);
  }

  /** Loads a native SQLite extension; refused unless {@link EngineOptions#extensionLoading} is on. */
  public void loadExtension(String path, Callback<Void> callback) {
    run(s -> s.loadExtension(path), callback);
  }

  /** Sets or (with {@code null}) removes the listener of this connection's changes and commits. */
  public void changeListener(ChangeListener listener, Callback<Void> callback) {
    run(s -> s.changeListener(listener), callback);
  }

  /** Registers a function or collation on this connection. */
  public void register(UserFunction function, Callback<Void> callback) {
    run(s -> s.register(function), callback);
  }

  /** The database as bytes ({@code sqlite3_serialize}). */
  public void serialize(String schema, Callback<byte[]> callback) {
    submit(s -> s.serialize(schema), callback);
  }

  /** Replaces the database with {@code image} ({@code sqlite3_deserialize}). */
  public void deserialize(String schema, byte[] image, Callback<Void> callback) {
    run(s -> s.deserialize(schema, image), callback);
  }

  /** Online backup to a file; {@code progress(remaining, total)} runs on the engine thread after each step. */
  public void backup(String schema, String path, int pagesPerStep, java.util.function.BiConsumer<Integer, Integer> progress, Callback<Void> callback) {
    run(s -> s.backup(schema, path, pagesPerStep, progress::accept), callback);
  }

  /** Replaces the database with the content of a database file. */
  public void restore(String schema, String path, Callback<Void> callback) {
    run(s -> s.restore(schema, path, (remaining, total) -> { }), callback);
  }

  /** Counts of live resources, for tests and leak checks: {cached statements, open cursors}. */
  public void resourceCounts(Callback<int[]> callback) {
    submit(Session::resourceCounts, callback);
  }

  /**
   * Closes after the commands already queued; commands submitted later fail. Closing twice is harmless:
   * every close callback completes once the connection is closed.
   */
  public void close(Callback<Void> callback) {
    boolean first;
    synchronized (this) {
      if (state == State.CLOSED) {
        first = false;
      } else {
        first = state == State.OPEN;
        state = State.CLOSING;
        closeWaiters.add(callback);
        callback = null;
      }
    }
    if (callback != null) {
      callback.complete(null, null);
    } else if (first) {
      enqueue(CLOSE);
      QueryTimer.schedule(this::abort, CLOSE_GRACE_MILLIS);
    }
  }

  /** Runs on the timer thread once a close's grace is over, and again until the engine has closed. */
  private void abort() {
    if (state == State.CLOSED) {
      return;
    }
    Session open = session;
    if (open != null) {
      open.interrupts().abort();
    }
    QueryTimer.schedule(this::abort, ABORT_REPEAT_MILLIS);
  }

  // ---- state ----

  public boolean isOpen() {
    return state == State.OPEN;
  }

  /** The engine's thread, for callers that must check they are not on it. */
  public Thread thread() {
    return thread;
  }

  public String sqliteVersion() {
    return sqliteVersion;
  }

  /** Work that returns nothing. */
  @FunctionalInterface
  private interface Action {
    void run(Session session) throws Exception;
  }

  private void run(Action action, Callback<Void> callback) {
    submit(s -> {
      action.run(s);
      return null;
    }, callback);
  }

  private void runControl(Action action, Callback<Void> callback) {
    submitControl(s -> {
      action.run(s);
      return null;
    }, callback);
  }

  private <T> void submit(Command.Work<T> work, Callback<T> callback) {
    submit(new Command<>(work, callback));
  }

  /** Transaction control: a deferred BEGIN does not run first. */
  private <T> void submitControl(Command.Work<T> work, Callback<T> callback) {
    submit(new Command<>(work, callback, false, false));
  }

  private void submit(Command<?> command) {
    if (state != State.OPEN) {
      command.fail(closedError());
      return;
    }
    if (TransactionScope.activeOnThisThread()) {
      command.fail(TransactionScope.asyncRefused());
      return;
    }
    enqueue(command);
  }

  private void enqueue(Command<?> command) {
    queue.offer(command);
    if (state == State.CLOSED) {
      // the loop may have drained the queue already: whoever removes the command fails it
      if (queue.remove(command)) {
        command.fail(closedError());
      }
      return;
    }
    queue.wake(thread);
  }

  private static SqliteError closedError() {
    return ErrorMapping.closed(null);
  }

  // ---- the engine thread ----

  private void loop(EngineOptions options, Callback<SqliteEngine> opened) {
    Session session;
    try {
      session = Session.open(options);
      sqliteVersion = session.sqliteVersion();
    } catch (Throwable failure) {
      state = State.CLOSED;
      opened.complete(null, ErrorMapping.map(failure));
      return;
    }
    this.session = session;
    try {
      opened.complete(this, null);
    } catch (Throwable bug) {
      // whoever asked is gone: keep the loop, so close() still releases the connection and this thread
      Thread t = Thread.currentThread();
      t.getUncaughtExceptionHandler().uncaughtException(t, bug);
    }
    Command<?> command;
    while ((command = queue.take(this)) != CLOSE) {
      if (session.interrupts().aborting()) {
        command.fail(ErrorMapping.closed("the command was still queued when the close interrupted the connection"));
      } else if (!command.resetMark && session.interrupts().resetDue()) {
        command.fail(ErrorMapping.closed("the command was still queued when its connection was given back to the pool"));
      } else {
        activity.starting(session, command.resetMark);
        command.execute(session);
        activity.finished();
      }
    }
    this.session = null;
    shutdown(session);
  }

  private void shutdown(Session session) {
    try {
      session.close();
    } catch (Throwable ignore) {
      // the file handle is gone either way; SQLite rolls back an open transaction on close
    }
    List<Callback<Void>> waiters;
    synchronized (this) {
      state = State.CLOSED;
      waiters = new ArrayList<>(closeWaiters);
      closeWaiters.clear();
    }
    Command<?> late;
    while ((late = queue.poll()) != null) {
      late.fail(closedError());
    }
    for (Callback<Void> waiter : waiters) {
      waiter.complete(null, null);
    }
  }
}
