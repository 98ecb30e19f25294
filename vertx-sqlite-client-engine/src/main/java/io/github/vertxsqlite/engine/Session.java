package io.github.vertxsqlite.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.core.CoreStatement;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.core.Codes;
import org.sqlite.core.DB;

/**
 * Everything one connection owns, touched only by its engine thread: the sqlite-jdbc connection, the
 * statement cache, open cursors, transaction state and its hold on the database's {@link WriterGate}.
 *
 * <p>Every statement runs through {@link #guarded}: take the gate before a write, run under the query
 * timer, and give the gate back once no transaction is open any more.
 */
final class Session {

  @FunctionalInterface
  interface SqlWork<T> {
    T run() throws Exception;
  }

  private static final Object[] NO_PARAMS = new Object[0];
  private static final String BATCH_SAVEPOINT = "vertx_sqlite_batch";
  private static final int KIND_MEMO_SIZE = 512;

  private final EngineOptions options;
  private final SQLiteConnection conn;
  private final DB db;
  private final StatementCache cache;
  private final Map<String, Cursor> cursors = new HashMap<>();
  /** The engine's own statements (transactions, savepoints, last_insert_rowid): compiled once, never evicted. */
  private final Map<String, Prepared> internal = new HashMap<>();
  /** Statement kinds by SQL text, most recently used last, so uncached statements list their program once. */
  private final Map<String, StatementKind> kinds = new java.util.LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, StatementKind> eldest) {
      return size() > KIND_MEMO_SIZE;
    }
  };
  private final WriterGate gate;
  /** The file cannot be written: the connection reads it, writes fail with SQLITE_READONLY. */
  private final boolean readOnly;
  private final QueryTimer timer;
  /** Maintained from SQLite's commit/rollback hooks and successful BEGIN/SAVEPOINT statements. */
  private boolean inTransaction;
  private boolean holdsGate;
  /** A transaction was asked for and begins with the next command (no round trip of its own). */
  private boolean beginDeferred;
  private int writeCursors;
  private ChangeListener changeListener;
  private org.sqlite.SQLiteUpdateListener updateHook;
  /** Guards interrupts from other threads against the connection closing under them. */
  private final Object interruptLock = new Object();
  private boolean connectionClosed;
  /** The engine is closing and its grace is over: every statement from now on fails (set from another thread). */
  private volatile boolean aborting;

  private Session(EngineOptions options, SQLiteConnection conn, WriterGate gate, boolean readOnly) {
    this.options = options;
    this.readOnly = readOnly;
    this.conn = conn;
    this.db = conn.getDatabase();
    this.cache = new StatementCache(options.cacheStatements() ? options.statementCacheMaxSize() : 0);
    this.timer = new QueryTimer(options.queryTimeoutMillis(), this::interrupt);
    this.gate = gate;
    conn.addCommitListener(new SQLiteCommitListener() {
      @Override
      public void onCommit() {
        inTransaction = false;
        if (changeListener != null) {
          changeListener.onCommit();
        }
      }

      @Override
      public void onRollback() {
        inTransaction = false;
        if (changeListener != null) {
          changeListener.onRollback();
        }
      }
    });
  }

  static Session open(EngineOptions options) throws SQLException, SqliteError {
    Opening.Opened opened = Opening.open(options);
    try {
      for (UserFunction function : options.functions()) {
        Functions.register(opened.conn(), function);
      }
      return new Session(options, opened.conn(), opened.gate(), opened.readOnly());
    } catch (SQLException | RuntimeException e) {
      opened.conn().close();
      if (opened.gate() != null) {
        opened.gate().unregister();
      }
      throw e;
    }
  }

  String sqliteVersion() throws SQLException {
    return conn.libversion();
  }

  // ---- commands ----

  ConnectionState state() throws SQLException {
    return new ConnectionState(db.changes(), db.total_changes(), inTransaction, lastInsertRowid(), readOnly);
  }

  /** Reads ({@code value == null}) or sets a pragma; names and values are validated, never spliced unchecked. */
  QueryResult pragma(String name, String argument, boolean set) throws Exception {
    String sql = set ? Pragmas.assignment(name, argument) : Pragmas.query(name, argument);
    return execute(sql, NO_PARAMS);
  }

  /** Loads a native extension, when the options allow it; the path is bound, never spliced into SQL. */
  void loadExtension(String path) throws Exception {
    if (!options.extensionLoading()) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_ERROR,
        "extension loading is disabled; enable it in the connect options (it runs native code)");
    }
    execute("SELECT load_extension(?)", new Object[] {path});
  }

  /**
   * Sets (or with {@code null} removes) the change listener. SQLite's update hook calls back for every changed
   * row, so it is installed only while a listener is set.
   */
  void changeListener(ChangeListener listener) {
    if (listener != null && updateHook == null) {
      updateHook = (type, database, table, rowid) -> {
        ChangeListener l = changeListener;
        if (l != null) {
          l.onChange(ChangeListener.Operation.valueOf(type.name()), database, table, rowid);
        }
      };
      conn.addUpdateListener(updateHook);
    } else if (listener == null && updateHook != null) {
      conn.removeUpdateListener(updateHook);
      updateHook = null;
    }
    changeListener = listener;
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
    checkNotAborted();
    Backups.backup(conn, schema, path, pagesPerStep, progress);
  }

  void restore(String schema, String path, DB.ProgressObserver progress) throws SQLException, SqliteError {
    if (inTransaction) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "cannot restore inside a transaction");
    }
    cache.closeAll();
    int rc = db.restore(schema, path, progress, 10, 1000, 100);
    if (rc != Codes.SQLITE_OK) {
      db.throwex(rc);
    }
  }

  StatementInfo prepare(String sql, boolean retain) throws SQLException, SqliteError {
    Prepared p = acquire(sql);
    if (retain) {
      p.pins++;
      if (!cache.contains(p)) {
        cache.put(p);
      }
    }
    try {
      List<ColumnInfo> columns = p.columns();
      return new StatementInfo(sql, p.parameterCount, columns.isEmpty() ? null : columns);
    } finally {
      if (!retain) {
        release(p);
      }
    }
  }

  /** Drops one pin taken by {@link #prepare(String, boolean)}. */
  void unprepare(String sql) {
    Prepared p = cache.get(sql);
    if (p != null && p.pins > 0 && --p.pins == 0) {
      if (cacheable(sql)) {
        cache.evict();
      } else {
        cache.remove(p);
        p.close();
      }
    }
  }

  QueryResult execute(String sql, Object[] params) throws Exception {
    Prepared p = acquire(sql);
    try {
      return guarded(p, () -> run(p, params));
    } catch (Exception e) {
      discard(p);
      throw e;
    } finally {
      release(p);
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
      checkNotAborted();
      QueryResult result = timer.run(() -> cursor.fetch(max));
      if (!result.suspended()) {
        cursorDone(cursor);
      }
      return result;
    }
    Prepared p = compile(sql);
    try {
      return guarded(p, () -> {
        bind(p, params);
        long before = db.total_changes();
        if (!p.ps.execute()) {
          QueryResult result = updateResult(p, before);
          p.close();
          return result;
        }
        Cursor opened = new Cursor(p, p.ps.getResultSet());
        cursors.put(cursorId, opened);
        if (p.kind.takesWriteLock()) {
          writeCursors++; // the open statement holds SQLite's write lock: keep the gate with it
        }
        QueryResult result = opened.fetch(max);
        if (!result.suspended()) {
          cursorDone(opened);
        }
        return result;
      });
    } catch (Exception e) {
      p.close();
      throw e;
    }
  }

  void closeCursor(String cursorId) {
    Cursor cursor = cursors.remove(cursorId);
    if (cursor != null) {
      cursor.close();
      cursorDone(cursor);
    }
  }

  /** Runs every parameter set, atomically: a failing set rolls back the ones before it. */
  List<QueryResult> executeBatch(String sql, List<Object[]> batch, Consumer<List<QueryResult>> progress)
      throws Exception {
    if (batch.isEmpty()) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "Empty batch: give at least one parameter set");
    }
    Prepared p = acquire(sql);
    runInternal("SAVEPOINT " + BATCH_SAVEPOINT);
    try {
      List<QueryResult> results;
      if (p.kind.changesRows() && p.columns().isEmpty()) {
        results = guarded(p, () -> runWrites(p, batch, progress));
      } else {
        results = new ArrayList<>(batch.size());
        for (Object[] params : batch) {
          results.add(guarded(p, () -> run(p, params)));
        }
      }
      runInternal("RELEASE " + BATCH_SAVEPOINT);
      return results;
    } catch (Exception e) {
      discard(p);
      runInternal("ROLLBACK TO " + BATCH_SAVEPOINT);
      runInternal("RELEASE " + BATCH_SAVEPOINT);
      throw e;
    } finally {
      release(p);
    }
  }

  /**
   * Runs SQL text that may hold several statements, without parameters and without caching them (such text
   * usually inlines its values). Stops at the first failure, naming the statement.
   */
  List<QueryResult> executeScript(String sql) throws Exception {
    List<String> statements = split(sql);
    List<QueryResult> results = new ArrayList<>(Math.max(1, statements.size()));
    if (statements.isEmpty()) {
      results.add(new QueryResult(null, List.of(), 0, null, false));
      return results;
    }
    for (int i = 0; i < statements.size(); i++) {
      String statement = statements.get(i);
      try {
        Prepared p = compile(statement);
        try {
          results.add(guarded(p, () -> run(p, NO_PARAMS)));
        } finally {
          p.close();
        }
      } catch (Exception e) {
        if (statements.size() == 1) {
          throw e;
        }
        SqliteError cause = ErrorMapping.map(e);
        throw new SqliteError(cause.extendedCode(), cause.codeName(),
          "Statement " + (i + 1) + " of " + statements.size() + " failed (" + abbreviate(statement) + "): "
            + cause.getMessage(), e);
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
      cursors.values().forEach(Cursor::close);
      cursors.clear();
      writeCursors = 0;
      cache.closeAll();
      internal.values().forEach(Prepared::close);
      internal.clear();
      synchronized (interruptLock) {
        connectionClosed = true; // no interrupt may reach the handle from now on
      }
      if (aborting) {
        // an interrupt still pending would stop the checkpoint that closing the last connection runs
        try {
          db._exec("SELECT 1"); // SQLite clears a pending interrupt when a statement starts with none running
        } catch (SQLException ignore) {
          // closing goes on regardless
        }
      }
      if (gate == null) {
        conn.close(); // rolls back an open transaction
      } else {
        synchronized (gate.closing) {
          conn.close();
        }
      }
    } finally {
      inTransaction = false;
      releaseGate();
      if (gate != null) {
        gate.unregister();
      }
    }
  }

  int cachedStatements() {
    return cache.size();
  }

  int openCursors() {
    return cursors.size();
  }

  // ---- locking and time limits ----

  /**
   * Runs one statement's work: takes the writer gate first when it writes, runs it under the query timer,
   * then gives the gate back unless a transaction (or a writing cursor) still needs it.
   */
  private <T> T guarded(Prepared p, SqlWork<T> work) throws Exception {
    checkNotAborted();
    if (p.kind.takesWriteLock()) {
      acquireGate();
    }
    try {
      if (p.kind.takesWriteLock() && !inTransaction) {
        checkpointAfterDiskFull();
      }
      T result = timer.run(work);
      if (p.kind.opensTransaction()) {
        inTransaction = true;
      }
      return result;
    } catch (SQLiteException e) {
      if (gate != null && primaryCode(e) == SQLiteErrorCode.SQLITE_FULL.code) {
        gate.checkpointBeforeNextWrite = true;
      }
      throw timedOut(e);
    } finally {
      if (!inTransaction && writeCursors == 0) {
        releaseGate();
      }
    }
  }

  /**
   * After a write of this file failed with SQLITE_FULL, the next write first checkpoints the WAL (TRUNCATE), and
   * fails with SQLITE_FULL while that cannot be done: a write that ran first would take the freed space to grow
   * the WAL, which then could never be checkpointed into the file (measured on a full 2 MB tmpfs: the WAL stuck
   * at 2 MB, every later checkpoint SQLITE_FULL).
   */
  private void checkpointAfterDiskFull() throws SQLException, SqliteError {
    if (gate == null || !gate.checkpointBeforeNextWrite) {
      return;
    }
    try {
      run(internalStatement("PRAGMA wal_checkpoint(TRUNCATE)"), NO_PARAMS);
      gate.checkpointBeforeNextWrite = false;
    } catch (SQLiteException e) {
      if (primaryCode(e) != SQLiteErrorCode.SQLITE_FULL.code) {
        gate.checkpointBeforeNextWrite = false; // not a space problem: the WAL resets on its own later
        return;
      }
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_FULL, "database or disk is full: the write-ahead log cannot be "
        + "checkpointed into the database file yet, so writes wait until there is room for it (reads go on)");
    }
  }

  private static int primaryCode(SQLiteException e) {
    return (e.getResultCode() == SQLiteErrorCode.UNKNOWN_ERROR ? e.getErrorCode() : e.getResultCode().code) & 0xFF;
  }

  private void acquireGate() throws SqliteError {
    if (gate == null || holdsGate) {
      return;
    }
    try {
      if (!gate.tryAcquire(options.busyTimeoutMillis())) {
        throw ErrorMapping.error(SQLiteErrorCode.SQLITE_BUSY, "database is locked: another connection of this process kept the write lock for more than "
          + options.busyTimeoutMillis() + " ms (busy timeout)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_INTERRUPT, "interrupted while waiting for the write lock");
    }
    holdsGate = true;
  }

  private void releaseGate() {
    if (holdsGate) {
      holdsGate = false;
      gate.release();
    }
  }

  private void cursorDone(Cursor cursor) {
    if (cursor.finishAccounting() && cursor.writes()) {
      writeCursors--;
    }
    if (!inTransaction && writeCursors == 0) {
      releaseGate();
    }
  }

  /** {@code sqlite3_interrupt}, callable from any thread while the connection is open. */
  private void interrupt() {
    synchronized (interruptLock) {
      if (connectionClosed) {
        return;
      }
      try {
        db.interrupt();
      } catch (SQLException ignore) {
        // the connection is closing: nothing left to interrupt
      }
    }
  }

  /** Called from another thread by a close whose grace is over: interrupts the running statement, fails later ones. */
  void abort() {
    aborting = true;
    interrupt();
  }

  /** What a command that threw reports: a failure of a statement the close interrupted says so. */
  Throwable failure(Throwable failure) {
    Throwable reported = ErrorMapping.report(failure);
    if (aborting && reported instanceof SqliteError && ((SqliteError) reported).extendedCode() != SQLiteErrorCode.SQLITE_MISUSE.code) {
      return ErrorMapping.closedWhileRunning(failure);
    }
    return reported;
  }

  private void checkNotAborted() throws SqliteError {
    if (aborting) {
      throw ErrorMapping.closed("the close interrupted the connection");
    }
  }

  private Exception timedOut(SQLiteException e) {
    if (timer.fired() && (e.getResultCode() == SQLiteErrorCode.SQLITE_INTERRUPT || e.getErrorCode() == SQLiteErrorCode.SQLITE_INTERRUPT.code)) {
      return ErrorMapping.interrupted("Query timed out after " + timer.timeoutMillis()
        + " ms and was interrupted; the connection is still usable", e);
    }
    return e;
  }

  // ---- statements ----

  private boolean cacheable(String sql) {
    return options.cacheStatements() && options.statementCacheMaxSize() > 0 && options.statementCacheSqlFilter().test(sql);
  }

  private Prepared acquire(String sql) throws SQLException, SqliteError {
    Prepared cached = cache.get(sql);
    if (cached != null && cached.isClosed()) {
      // sqlite-jdbc finalizes a statement that failed with an I/O-class error (SQLITE_FULL, SQLITE_IOERR, ...):
      // compile it again, keeping the pins of the managed statements that refer to it
      cache.remove(cached);
      Prepared fresh = compile(sql);
      fresh.pins = cached.pins;
      if (fresh.pins > 0) {
        cache.put(fresh);
      }
      return fresh;
    }
    return cached != null ? cached : compile(sql);
  }

  /** Returns a statement after use: into the cache when it may be cached, closed otherwise. */
  private void release(Prepared p) {
    if (p.isClosed() || cache.contains(p)) {
      return;
    }
    if (cacheable(p.sql)) {
      cache.put(p);
    } else {
      p.close();
    }
  }

  /** A statement that failed mid-step is not trusted again: it leaves the cache unless pinned. */
  private void discard(Prepared p) {
    if (p.pins == 0) {
      cache.remove(p);
      p.close();
    }
  }

  /** Statements of {@code sql}; a NUL character is refused, since SQLite would silently stop reading there. */
  private static List<String> split(String sql) throws SqliteError {
    if (sql.indexOf('\0') >= 0) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE,
        "The SQL text contains a NUL character; pass such values as parameters");
    }
    return SqlSplitter.split(sql);
  }

  private Prepared compile(String sql) throws SQLException, SqliteError {
    List<String> statements = split(sql);
    if (statements.isEmpty()) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE, "The SQL text holds no statement");
    }
    if (statements.size() > 1) {
      // sqlite-jdbc would run the first statement and silently drop the others
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_MISUSE,
        "A prepared query takes one SQL statement, this text holds " + statements.size()
          + "; run several statements as a simple query");
    }
    PreparedStatement ps = conn.prepareStatement(sql);
    try {
      return new Prepared(sql, ps, kindOf(sql));
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** The statement's kind, read from its program once per distinct SQL text (it costs a compile, ~10 µs). */
  private StatementKind kindOf(String sql) {
    StatementKind kind = kinds.get(sql);
    if (kind == null) {
      kind = StatementKind.of(conn, sql);
      kinds.put(sql, kind);
    }
    return kind;
  }

  private Prepared internalStatement(String sql) throws SQLException {
    Prepared p = internal.get(sql);
    if (p == null || p.isClosed()) { // closed: sqlite-jdbc finalized it after an I/O-class error (COMMIT on a full disk)
      p = new Prepared(sql, conn.prepareStatement(sql), kindOf(sql));
      internal.put(sql, p);
    }
    return p;
  }

  private void runInternal(String sql) throws Exception {
    Prepared p = internalStatement(sql);
    guarded(p, () -> p.ps.execute());
  }

  // ---- execution ----

  private void bind(Prepared p, Object[] params) throws SQLException, SqliteError {
    checkParameterCount(p, params);
    for (int i = 0; i < p.parameterCount; i++) {
      TypeMapping.bind(p.ps, i + 1, params[i]);
    }
  }

  private static void checkParameterCount(Prepared p, Object[] params) throws SqliteError {
    int count = params == null ? 0 : params.length;
    if (count != p.parameterCount) {
      throw ErrorMapping.error(SQLiteErrorCode.SQLITE_RANGE,
        "The number of parameters to execute should be consistent with the expected number of parameters = ["
          + p.parameterCount + "] but the actual number is [" + count + "].");
    }
  }

  /**
   * Runs a statement once, reading every row. Stepped through sqlite-jdbc's native execute and read natively,
   * without the JDBC statement's per-call bookkeeping; reads skip the change counters they cannot move.
   */
  private QueryResult run(Prepared p, Object[] params) throws SQLException, SqliteError {
    Object[] values = storageValues(p, params);
    CoreStatement statement = (CoreStatement) p.ps;
    boolean reads = !p.kind.changesRows();
    long before = reads ? 0 : db.total_changes();
    boolean hasRow = step(statement, values);
    List<ColumnInfo> columns = p.columns();
    if (columns.isEmpty()) {
      return reads ? new QueryResult(null, List.of(), 0, null, false) : updateResult(p, before);
    }
    // a query, or a write with RETURNING: its rows (none when the first step was the last)
    List<Object[]> rows = new ArrayList<>();
    if (hasRow) {
      try {
        rows = Rows.readAll(statement, columns);
      } finally {
        // reset at once: an unfinished write would hold its lock
        statement.pointer.safeRunConsume((d, ptr) -> d.reset(ptr));
      }
    }
    return new QueryResult(columns, rows, rows.size(), reads ? null : lastInsertRowid(p, before), false);
  }

  /**
   * Binds and steps once through sqlite-jdbc's native execute, which resets the statement when it is done. Every
   * path leaves the statement reset (the callers reset after reading rows), so the next run can bind at once.
   */
  private boolean step(CoreStatement statement, Object[] values) throws SQLException, SqliteError {
    checkNotAborted();
    // sqlite-jdbc's execute ends every completed statement with a native check that commits a transaction it
    // opened for JDBC auto-commit; the engine runs transactions in SQL and never has sqlite-jdbc open one, so the
    // check could only cost a native call per statement (a batch: one per row). Its flag is off while we step.
    SQLiteConnectionConfig config = conn.getConnectionConfig();
    boolean autoCommit = config.isAutoCommit();
    config.setAutoCommit(false);
    try {
      return db.execute(statement, values);
    } catch (SQLException e) {
      // as sqlite-jdbc's own execute does: reset a failed statement, so it can run again or be finalized
      if (!statement.pointer.isClosed()) {
        statement.pointer.safeRunConsume((d, ptr) -> d.reset(ptr));
      }
      throw e;
    } finally {
      config.setAutoCommit(autoCommit);
    }
  }

  /** The parameters in storage form; {@code params} itself when every value is already (a batch row: no copy). */
  private static Object[] storageValues(Prepared p, Object[] params) throws SqliteError {
    checkParameterCount(p, params);
    Object[] values = params;
    for (int i = 0; i < p.parameterCount; i++) {
      Object stored = TypeMapping.storageValue(i + 1, params[i]);
      if (stored != params[i]) {
        if (values == params) {
          values = params.clone(); // the caller's array stays as it was
        }
        values[i] = stored;
      }
    }
    return values;
  }

  /** Results per progress report of a batch: large enough to be cheap, small enough to overlap. */
  private static final int PROGRESS_RUN = 512;
  /**
   * Results left for the final report at most: the rest is reported just before, so the event loop handles it
   * while the engine writes the last rows, and only a few results remain once the batch is over.
   */
  private static final int FINAL_RUN = 16;

  /**
   * A batch of writes that return no rows, stepped through sqlite-jdbc's native execute: binding, stepping and
   * resetting in one call per parameter set, without the JDBC statement's per-call bookkeeping. The statement is
   * an INSERT, UPDATE or DELETE, so {@code sqlite3_changes()} is its own count.
   */
  private List<QueryResult> runWrites(Prepared p, List<Object[]> batch, Consumer<List<QueryResult>> progress)
      throws SQLException, SqliteError {
    List<QueryResult> results = new ArrayList<>(batch.size());
    CoreStatement statement = (CoreStatement) p.ps;
    int reported = 0;
    int lastReport = batch.size() - FINAL_RUN;
    for (Object[] params : batch) {
      step(statement, storageValues(p, params));
      long changes = db.changes();
      results.add(new QueryResult(null, List.of(), changes, p.inserts && changes > 0 ? lastInsertRowid() : null, false));
      int done = results.size();
      if (progress != null && (done - reported == PROGRESS_RUN || done == lastReport)) {
        progress.accept(results.subList(reported, done));
        reported = done;
      }
    }
    return results;
  }

  private QueryResult updateResult(Prepared p, long totalChangesBefore) throws SQLException {
    // sqlite3_changes() keeps the count of the last DML across DDL: report 0 when nothing changed
    long changes = db.total_changes() != totalChangesBefore ? db.changes() : 0;
    return new QueryResult(null, List.of(), changes, lastInsertRowid(p, totalChangesBefore), false);
  }

  private Long lastInsertRowid(Prepared p, long totalChangesBefore) throws SQLException {
    if (!p.inserts || db.total_changes() == totalChangesBefore) {
      return null;
    }
    return lastInsertRowid();
  }

  /** SQLite's last insert rowid, stepped natively: a JDBC executeQuery per INSERT would cost more than the INSERT. */
  private long lastInsertRowid() throws SQLException {
    return ((org.sqlite.core.CoreStatement) internalStatement("SELECT last_insert_rowid()").ps).pointer.safeRunLong((d, ptr) -> {
      d.step(ptr);
      long rowid = d.column_long(ptr, 0);
      d.reset(ptr);
      return rowid;
    });
  }

  private static String abbreviate(String sql) {
    String oneLine = sql.replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
