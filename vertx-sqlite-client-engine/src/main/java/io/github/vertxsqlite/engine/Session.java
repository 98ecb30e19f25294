package io.github.vertxsqlite.engine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.core.DB;

/**
 * Everything one connection owns, touched only by its engine thread: the sqlite-jdbc connection, the
 * statement cache, open cursors, transaction state and its hold on the database's {@link WriterGate}.
 *
 * <p>Every statement runs through {@link #guarded}: take the gate before a write, run under the query
 * timer, and give the gate back once no transaction is open any more.
 */
final class Session {

  private static final Object[] NO_PARAMS = new Object[0];
  private static final String BATCH_SAVEPOINT = "vertx_sqlite_batch";

  private final EngineOptions options;
  private final SQLiteConnection conn;
  private final DB db;
  private final StatementCache cache;
  private final Cursors cursors;
  private final Statements statements;
  private final Interrupts interrupts;
  private final Execution execution;
  /** What this connection shares with the others to its database; null for a private in-memory database. */
  private final SharedDatabase shared;
  private final GateHold gateHold;
  private final CheckpointRoom checkpointRoom;
  /** The file cannot be written: the connection reads it, writes fail with SQLITE_READONLY. */
  private final boolean readOnly;
  private final QueryTimer timer;
  /** Maintained from SQLite's commit/rollback hooks and successful BEGIN/SAVEPOINT statements. */
  private boolean inTransaction;
  /** A transaction was asked for and begins with the next command (no round trip of its own). */
  private boolean beginDeferred;
  private final Hooks hooks;

  private Session(EngineOptions options, SQLiteConnection conn, SharedDatabase shared, boolean readOnly) {
    this.options = options;
    this.readOnly = readOnly;
    this.conn = conn;
    this.db = conn.getDatabase();
    this.statements = new Statements(conn);
    this.interrupts = new Interrupts(conn);
    this.execution = new Execution(conn, statements, interrupts);
    this.cache = statements.cache(options);
    this.timer = new QueryTimer(options.queryTimeoutMillis(), interrupts::interrupt);
    this.shared = shared;
    this.gateHold = new GateHold(shared == null ? null : shared.gate, options.busyTimeoutMillis());
    this.checkpointRoom = new CheckpointRoom(DatabaseLocation.file(options.database()), statements);
    this.cursors = new Cursors(gateHold);
    this.hooks = new Hooks(conn, () -> inTransaction = false);
  }

  static Session open(EngineOptions options) throws SQLException, SqliteError {
    Opening.Opened opened = Opening.open(options);
    try {
      for (UserFunction function : options.functions()) {
        Functions.register(opened.conn(), function);
      }
      return new Session(options, opened.conn(), opened.shared(), opened.readOnly());
    } catch (SQLException | RuntimeException e) {
      opened.conn().close();
      if (opened.shared() != null) {
        opened.shared().leave();
      }
      throw e;
    }
  }

  String sqliteVersion() throws SQLException {
    return conn.libversion();
  }

  // ---- commands ----

  /** A transaction is open, or asked to begin with the next command. */
  boolean inTransaction() {
    return inTransaction || beginDeferred;
  }

  long queryTimeoutMillis() {
    return options.queryTimeoutMillis();
  }

  ConnectionState state() throws SQLException {
    return new ConnectionState(db.changes(), db.total_changes(), inTransaction, execution.lastInsertRowid(), readOnly);
  }

  /** Loads a native extension, when the options allow it; the path is bound, never spliced into SQL. */
  void loadExtension(String path) throws Exception {
    if (!options.extensionLoading()) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_ERROR,
        "extension loading is disabled; enable it in the connect options (it runs native code)");
    }
    execute("SELECT load_extension(?)", new Object[] {path});
  }

  /** Sets (or with {@code null} removes) the listener of this connection's changes and commits. */
  void changeListener(ChangeListener listener) {
    hooks.changeListener(listener);
  }

  void register(UserFunction function) throws SQLException {
    Functions.register(conn, function);
  }

  byte[] serialize(String schema) throws SQLException {
    return conn.serialize(schema);
  }

  void deserialize(String schema, byte[] image) throws SQLException, SqliteError {
    if (inTransaction) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "cannot replace the database inside a transaction");
    }
    cache.closeAll(); // compiled statements refer to the schema being replaced
    conn.deserialize(schema, image);
  }

  /**
   * Copies the database to {@code path} with SQLite's online backup, {@code pagesPerStep} pages at a time so
   * other connections keep reading and writing in between; {@code progress} sees (remaining, total) pages.
   */
  void backup(String schema, String path, int pagesPerStep, DB.ProgressObserver progress) throws Exception {
    interrupts.checkNotAborted();
    Backups.backup(conn, schema, path, pagesPerStep, progress);
  }

  void restore(String schema, String path, DB.ProgressObserver progress) throws SQLException, SqliteError {
    if (inTransaction) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "cannot restore inside a transaction");
    }
    cache.closeAll();
    SqliteJdbc.restore(conn, schema, path, progress);
  }

  StatementInfo prepare(String sql, boolean retain) throws SQLException, SqliteError {
    Prepared p = cache.acquire(sql);
    if (retain) {
      cache.pin(p);
    }
    try {
      List<ColumnInfo> columns = p.describe(execution.schema(), statements);
      return new StatementInfo(sql, p.parameterCount, columns.isEmpty() ? null : columns);
    } finally {
      if (!retain) {
        cache.release(p);
      }
    }
  }

  /** Drops one pin taken by {@link #prepare(String, boolean)}. */
  void unprepare(String sql) {
    cache.unpin(sql);
  }

  QueryResult execute(String sql, Object[] params) throws Exception {
    Prepared p = cache.acquire(sql);
    try {
      return guarded(p, () -> execution.run(p, params));
    } catch (Exception e) {
      cache.discard(p);
      throw e;
    } finally {
      cache.release(p);
    }
  }

  /** Starts a transaction in the configured mode. */
  void begin() throws Exception {
    runInternal(options.transactionMode().beginSql());
  }

  /** Marks a transaction to begin with the next command ({@link SqliteEngine#beginWithNextCommand}). */
  void deferBegin() {
    beginDeferred = true;
  }

  /** Runs a deferred BEGIN, before the command that follows it; its failure is that command's. */
  void beginIfDeferred() throws Exception {
    if (beginDeferred) {
      beginDeferred = false;
      begin();
    }
  }

  void commit() throws Exception {
    if (beginDeferred) {
      beginDeferred = false; // nothing ran in the transaction: nothing to commit
      return;
    }
    runInternal("COMMIT");
  }

  void rollback() throws Exception {
    if (beginDeferred || !inTransaction) {
      beginDeferred = false; // nothing ran, or the deferred BEGIN failed with its first statement: nothing to undo
      return;
    }
    runInternal("ROLLBACK");
  }

  /** Runs the query behind {@code cursorId} the first time, then reads the next {@code count} rows of it. */
  QueryResult fetch(String cursorId, String sql, Object[] params, int count) throws Exception {
    int max = count > 0 ? count : Integer.MAX_VALUE;
    Cursor cursor = cursors.get(cursorId);
    if (cursor != null) {
      interrupts.checkNotAborted();
      return timer.run(() -> cursors.read(cursor, max, inTransaction));
    }
    Prepared p = statements.compile(sql);
    try {
      return guarded(p, () -> {
        execution.bind(p, params);
        long before = execution.totalChanges();
        boolean query = p.ps.execute();
        if (p.changesSchema) {
          execution.schema().changedHere();
        }
        if (!query) {
          QueryResult result = execution.updateResult(p, before);
          p.close();
          return result;
        }
        return cursors.open(cursorId, p, p.ps.getResultSet(), max, inTransaction);
      });
    } catch (Exception e) {
      p.close();
      throw e;
    }
  }

  void closeCursor(String cursorId) {
    cursors.close(cursorId, inTransaction);
  }

  /** Runs every parameter set, atomically: a failing set rolls back the ones before it. */
  List<QueryResult> executeBatch(String sql, List<Object[]> batch, Consumer<List<QueryResult>> progress)
      throws Exception {
    if (batch.isEmpty()) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "Empty batch: give at least one parameter set");
    }
    Prepared p = cache.acquire(sql);
    runInternal("SAVEPOINT " + BATCH_SAVEPOINT);
    try {
      List<QueryResult> results;
      if (p.kind.changesRows() && !p.returnsRows()) {
        results = guarded(p, () -> execution.runWrites(p, batch, progress));
      } else {
        results = new ArrayList<>(batch.size());
        for (Object[] params : batch) {
          results.add(guarded(p, () -> execution.run(p, params)));
        }
      }
      runInternal("RELEASE " + BATCH_SAVEPOINT);
      return results;
    } catch (Exception e) {
      cache.discard(p);
      runInternal("ROLLBACK TO " + BATCH_SAVEPOINT);
      runInternal("RELEASE " + BATCH_SAVEPOINT);
      throw e;
    } finally {
      cache.release(p);
    }
  }

  /**
   * Runs SQL text that may hold several statements, without parameters and without caching them (such text
   * usually inlines its values). Stops at the first failure, naming the statement.
   */
  List<QueryResult> executeScript(String sql) throws Exception {
    List<String> texts = Statements.split(sql);
    List<QueryResult> results = new ArrayList<>(Math.max(1, texts.size()));
    if (texts.isEmpty()) {
      results.add(new QueryResult(null, List.of(), 0, null, false));
      return results;
    }
    for (int i = 0; i < texts.size(); i++) {
      String statement = texts.get(i);
      try {
        Prepared p = statements.compile(statement);
        try {
          results.add(guarded(p, () -> execution.run(p, NO_PARAMS)));
        } finally {
          p.close();
        }
      } catch (Exception e) {
        if (texts.size() == 1) {
          throw e;
        }
        throw ErrorMapping.inScript(i, texts.size(), statement, e);
      }
    }
    return results;
  }

  /** The flags the connection was opened with (SQLITE_OPEN_*). */
  int openFlags() {
    return db.getConfig().getOpenModeFlags();
  }

  void close() throws SQLException {
    try {
      cursors.closeAll(inTransaction);
      cache.closeAll();
      statements.closeAll();
      interrupts.closing();
      if (shared == null) {
        conn.close(); // rolls back an open transaction
      } else {
        synchronized (shared.closing) {
          conn.close();
        }
      }
    } finally {
      inTransaction = false;
      gateHold.releaseAll();
      if (shared != null) {
        shared.leave();
      }
    }
  }

  /** {cached statements, open cursors}, for tests and leak checks. */
  int[] resourceCounts() {
    return new int[] {cache.size(), cursors.count()};
  }

  // ---- locking and time limits ----

  /**
   * Runs one statement's work: takes the writer gate first when it writes, runs it under the query timer,
   * then gives the gate back unless a transaction (or a writing cursor) still needs it.
   */
  private <T> T guarded(Prepared p, SqlWork<T> work) throws Exception {
    interrupts.checkNotAborted();
    if (p.kind.takesWriteLock()) {
      gateHold.acquire();
    }
    try {
      if (p.kind.takesWriteLock() && !inTransaction && shared != null) {
        shared.diskFull.checkpointFirst(checkpointRoom::fits,
          () -> execution.run(statements.internal("PRAGMA wal_checkpoint(TRUNCATE)"), NO_PARAMS));
      }
      T result = timer.run(work);
      if (p.kind.opensTransaction()) {
        inTransaction = true;
      }
      return result;
    } catch (SQLiteException e) {
      if (ErrorMapping.primaryCode(e) == SQLiteErrorCode.SQLITE_FULL.code && shared != null) {
        shared.diskFull.seen();
      }
      throw timedOut(e);
    } finally {
      gateHold.releaseUnlessNeeded(inTransaction);
    }
  }

  /**
   * The connection goes back to its pool ({@link SqliteEngine#reset}): the reset's mark is reached, so commands
   * from now on run again; open cursors end and an open transaction (or one asked to begin) is rolled back.
   */
  void reset(long mark) throws Exception {
    interrupts.resetReached(mark);
    beginDeferred = false;
    cursors.endForReset(inTransaction);
    if (inTransaction) {
      runInternal("ROLLBACK");
    }
    gateHold.releaseUnlessNeeded(inTransaction);
  }

  /** Interrupts from other threads (a close, a reset) and what the commands they stop report. */
  Interrupts interrupts() {
    return interrupts;
  }

  private Exception timedOut(SQLiteException e) {
    if (timer.fired() && (e.getResultCode() == SQLiteErrorCode.SQLITE_INTERRUPT || e.getErrorCode() == SQLiteErrorCode.SQLITE_INTERRUPT.code)) {
      return ErrorMapping.interrupted("Query timed out after " + timer.timeoutMillis()
        + " ms and was interrupted; the connection is still usable", e);
    }
    return e;
  }

  /** Runs one of the engine's own statements (transaction control, savepoints). */
  void runInternal(String sql) throws Exception {
    Prepared p = statements.internal(sql);
    guarded(p, () -> p.ps.execute());
  }

}
