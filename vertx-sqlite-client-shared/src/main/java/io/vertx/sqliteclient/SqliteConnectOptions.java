package io.vertx.sqliteclient;

import io.github.vertxsqlite.engine.Pragmas;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.codegen.annotations.Fluent;
import io.vertx.codegen.annotations.GenIgnore;
import io.vertx.codegen.json.annotations.JsonGen;
import io.vertx.core.json.JsonObject;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqliteclient.impl.SqliteUriParser;
import io.vertx.sqliteclient.impl.UserFunctions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Options of an SQLite connection. The database is a file path or {@code :memory:}, set with
 * {@link #setDatabase(String)}; host, port, user and password are ignored.
 */
@DataObject
@JsonGen(publicConverter = false)
public class SqliteConnectOptions extends SqlConnectOptions {

  /** The in-memory database name. */
  public static final String MEMORY = ":memory:";
  public static final SqliteOpenMode DEFAULT_OPEN_MODE = SqliteOpenMode.READ_WRITE_CREATE;
  public static final int DEFAULT_BUSY_TIMEOUT = 5000;
  /** Statements are cheap in-process objects: unlike network drivers, caching them is on by default. */
  public static final boolean DEFAULT_CACHE_PREPARED_STATEMENTS = true;

  public static final SqliteTransactionMode DEFAULT_TRANSACTION_MODE = SqliteTransactionMode.IMMEDIATE;
  public static final long DEFAULT_QUERY_TIMEOUT = 0;
  /** Measured best on 2 cores with 64 queries in flight (docs/performance.md). */
  public static final int DEFAULT_PIPELINING_LIMIT = 32;

  private SqliteOpenMode openMode;
  private int busyTimeout;
  private Map<String, String> pragmas;
  private SqliteTransactionMode transactionMode;
  private long queryTimeout;
  private UserFunctions functions;
  private boolean extensionLoading;
  private int pipeliningLimit;

  /**
   * Options from a connection URI: {@code sqlite:app.db}, {@code sqlite:/abs/app.db}, {@code sqlite::memory:},
   * {@code sqlite:file:app.db?mode=ro&journal_mode=wal}. Unknown parameters fail with an
   * {@link IllegalArgumentException} naming them.
   */
  public static SqliteConnectOptions fromUri(String connectionUri) throws IllegalArgumentException {
    JsonObject options = SqliteUriParser.parse(connectionUri);
    if (options == null) {
      throw new IllegalArgumentException("Not an SQLite connection URI (it must start with 'sqlite:'): " + connectionUri);
    }
    return new SqliteConnectOptions(options);
  }

  /** These options as SQLite options: the same object when it already is, a copy otherwise. */
  public static SqliteConnectOptions wrap(SqlConnectOptions options) {
    return options instanceof SqliteConnectOptions ? (SqliteConnectOptions) options : new SqliteConnectOptions(options);
  }

  public SqliteConnectOptions() {
    super();
  }

  public SqliteConnectOptions(JsonObject json) {
    super(json);
    SqliteConnectOptionsConverter.fromJson(json, this);
  }

  public SqliteConnectOptions(SqlConnectOptions other) {
    super(other);
    if (other instanceof SqliteConnectOptions) {
      SqliteConnectOptions o = (SqliteConnectOptions) other;
      openMode = o.openMode;
      busyTimeout = o.busyTimeout;
      pragmas = new LinkedHashMap<>(o.pragmas);
      transactionMode = o.transactionMode;
      queryTimeout = o.queryTimeout;
      functions = new UserFunctions(o.functions);
      extensionLoading = o.extensionLoading;
      pipeliningLimit = o.pipeliningLimit;
    } else {
      initSqliteDefaults();
      if (getDatabase() == null) {
        setDatabase(MEMORY);
      }
    }
  }

  public SqliteConnectOptions(SqliteConnectOptions other) {
    this((SqlConnectOptions) other);
  }

  @Override
  protected void init() {
    super.init();
    initSqliteDefaults();
    // SQLite has no server and no users: non-null placeholders keep code that copies generic options working
    setHost("localhost");
    setUser("");
    setPassword("");
    setDatabase(MEMORY);
    setCachePreparedStatements(DEFAULT_CACHE_PREPARED_STATEMENTS);
  }

  private void initSqliteDefaults() {
    openMode = DEFAULT_OPEN_MODE;
    busyTimeout = DEFAULT_BUSY_TIMEOUT;
    pragmas = new LinkedHashMap<>();
    transactionMode = DEFAULT_TRANSACTION_MODE;
    queryTimeout = DEFAULT_QUERY_TIMEOUT;
    functions = new UserFunctions();
    extensionLoading = false;
    pipeliningLimit = DEFAULT_PIPELINING_LIMIT;
  }

  public SqliteOpenMode getOpenMode() {
    return openMode;
  }

  /** How the file is opened (default {@link SqliteOpenMode#READ_WRITE_CREATE}). */
  @Fluent
  public SqliteConnectOptions setOpenMode(SqliteOpenMode openMode) {
    this.openMode = Objects.requireNonNull(openMode, "openMode");
    return this;
  }

  public int getBusyTimeout() {
    return busyTimeout;
  }

  /** How long, in milliseconds, SQLite retries a locked database before failing with {@code SQLITE_BUSY} (default 5000). */
  @Fluent
  public SqliteConnectOptions setBusyTimeout(int busyTimeout) {
    if (busyTimeout < 0) {
      throw new IllegalArgumentException("busyTimeout must be >= 0, got " + busyTimeout);
    }
    this.busyTimeout = busyTimeout;
    return this;
  }

  public Map<String, String> getPragmas() {
    return pragmas;
  }

  /** Pragmas applied, in order, on every new connection; names and values are validated. */
  @Fluent
  public SqliteConnectOptions setPragmas(Map<String, String> pragmas) {
    this.pragmas = new LinkedHashMap<>();
    if (pragmas != null) {
      pragmas.forEach(this::addPragma);
    }
    return this;
  }

  /** Adds one pragma, e.g. {@code addPragma("foreign_keys", "on")}; unknown names fail at once. */
  @Fluent
  public SqliteConnectOptions addPragma(String name, String value) {
    Pragmas.validate(name, value);
    pragmas.put(name, value);
    return this;
  }

  public SqliteTransactionMode getTransactionMode() {
    return transactionMode;
  }

  /** How transactions begin (default {@link SqliteTransactionMode#IMMEDIATE}). URI: {@code transaction_mode=deferred|immediate|exclusive}. */
  @Fluent
  public SqliteConnectOptions setTransactionMode(SqliteTransactionMode transactionMode) {
    this.transactionMode = Objects.requireNonNull(transactionMode, "transactionMode");
    return this;
  }

  public long getQueryTimeout() {
    return queryTimeout;
  }

  /**
   * A statement (or one fetch, or one batch) running longer than this many milliseconds is interrupted and
   * fails with {@code SQLITE_INTERRUPT}; the connection stays usable. 0, the default, means no limit.
   * URI: {@code query_timeout=ms}.
   */
  @Fluent
  public SqliteConnectOptions setQueryTimeout(long queryTimeout) {
    if (queryTimeout < 0) {
      throw new IllegalArgumentException("queryTimeout must be >= 0, got " + queryTimeout);
    }
    this.queryTimeout = queryTimeout;
    return this;
  }

  public boolean isExtensionLoading() {
    return extensionLoading;
  }

  /**
   * Allows {@link SqliteConnection#loadExtension} and SQL's {@code load_extension()}: off by default, since an
   * extension is native code running inside the application. URI: {@code extension_loading=true}.
   */
  @Fluent
  public SqliteConnectOptions setExtensionLoading(boolean extensionLoading) {
    this.extensionLoading = extensionLoading;
    return this;
  }

  public int getPipeliningLimit() {
    return pipeliningLimit;
  }

  /**
   * How many one-shot queries of a pool ({@code pool.query}, {@code pool.preparedQuery}) one connection may have
   * queued at once (default 32). A pool sends one-shot queries to connections of its own, which run them back to
   * back instead of waiting for each result to reach the event loop; {@code getConnection} and transactions get
   * exclusive connections as always. 1 turns this off: one set of at most {@code maxSize} connections serves
   * everything. URI: {@code pipelining_limit=n}.
   */
  @Fluent
  public SqliteConnectOptions setPipeliningLimit(int pipeliningLimit) {
    if (pipeliningLimit < 1) {
      throw new IllegalArgumentException("pipeliningLimit must be >= 1, got " + pipeliningLimit);
    }
    this.pipeliningLimit = pipeliningLimit;
    return this;
  }

  /** Registers a scalar function on every connection made with these options (not part of the JSON form). */
  @GenIgnore(GenIgnore.PERMITTED_TYPE)
  @Fluent
  public SqliteConnectOptions addFunction(String name, int arity, boolean deterministic, SqliteFunction function) {
    functions.definitions().add(UserFunctions.scalar(name, arity, deterministic, function));
    return this;
  }

  /** Registers an aggregate (or window) function on every connection made with these options. */
  @GenIgnore(GenIgnore.PERMITTED_TYPE)
  @Fluent
  public SqliteConnectOptions addAggregate(String name, int arity, boolean deterministic, SqliteAggregate<?> aggregate) {
    functions.definitions().add(UserFunctions.aggregate(name, arity, deterministic, aggregate));
    return this;
  }

  /** Registers a collation ({@code COLLATE name}) on every connection made with these options. */
  @GenIgnore(GenIgnore.PERMITTED_TYPE)
  @Fluent
  public SqliteConnectOptions addCollation(String name, java.util.Comparator<String> comparator) {
    functions.definitions().add(UserFunctions.collation(name, comparator));
    return this;
  }

  /** The registered functions and collations, for the driver. */
  @GenIgnore
  public UserFunctions userFunctions() {
    return functions;
  }

  // ---- covariant overrides, so chained calls keep the SQLite type ----

  @Override
  public SqliteConnectOptions setDatabase(String database) {
    return (SqliteConnectOptions) super.setDatabase(database);
  }

  @Override
  public SqliteConnectOptions setCachePreparedStatements(boolean cachePreparedStatements) {
    return (SqliteConnectOptions) super.setCachePreparedStatements(cachePreparedStatements);
  }

  @Override
  public SqliteConnectOptions setPreparedStatementCacheMaxSize(int preparedStatementCacheMaxSize) {
    return (SqliteConnectOptions) super.setPreparedStatementCacheMaxSize(preparedStatementCacheMaxSize);
  }

  @GenIgnore
  @Override
  public SqliteConnectOptions setPreparedStatementCacheSqlFilter(Predicate<String> predicate) {
    return (SqliteConnectOptions) super.setPreparedStatementCacheSqlFilter(predicate);
  }

  @Override
  public SqliteConnectOptions setPreparedStatementCacheSqlLimit(int preparedStatementCacheSqlLimit) {
    return (SqliteConnectOptions) super.setPreparedStatementCacheSqlLimit(preparedStatementCacheSqlLimit);
  }

  @Override
  public SqliteConnectOptions setTracingPolicy(TracingPolicy tracingPolicy) {
    return (SqliteConnectOptions) super.setTracingPolicy(tracingPolicy);
  }

  @Override
  public SqliteConnectOptions setMetricsName(String metricsName) {
    return (SqliteConnectOptions) super.setMetricsName(metricsName);
  }

  @Override
  public JsonObject toJson() {
    JsonObject json = super.toJson();
    SqliteConnectOptionsConverter.toJson(this, json);
    return json;
  }

  /** A copy with {@code other}'s JSON fields applied; registered functions (not part of JSON) are kept. */
  @Override
  public SqlConnectOptions merge(JsonObject other) {
    JsonObject json = toJson();
    json.mergeIn(other);
    SqliteConnectOptions merged = new SqliteConnectOptions(json);
    merged.functions = new UserFunctions(functions);
    return merged;
  }
}
