package io.github.vertxsqlite.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** What a connection opens and how it behaves. Mutable builder-style; copied by the engine when opening. */
public final class EngineOptions {

  public static final String MEMORY = ":memory:";

  private String database = MEMORY;
  private OpenMode openMode = OpenMode.READ_WRITE_CREATE;
  private int busyTimeoutMillis = 5000;
  private final Map<String, String> pragmas = new LinkedHashMap<>();
  private boolean cacheStatements = true;
  private int statementCacheMaxSize = 256;
  private Predicate<String> statementCacheSqlFilter = sql -> true;
  private String threadName = "sqlite-engine";
  private TransactionMode transactionMode = TransactionMode.IMMEDIATE;
  private long queryTimeoutMillis;
  private final java.util.List<UserFunction> functions = new java.util.ArrayList<>();
  private boolean extensionLoading;

  public EngineOptions() {
  }

  public EngineOptions(EngineOptions other) {
    this.database = other.database;
    this.openMode = other.openMode;
    this.busyTimeoutMillis = other.busyTimeoutMillis;
    this.pragmas.putAll(other.pragmas);
    this.cacheStatements = other.cacheStatements;
    this.statementCacheMaxSize = other.statementCacheMaxSize;
    this.statementCacheSqlFilter = other.statementCacheSqlFilter;
    this.threadName = other.threadName;
    this.transactionMode = other.transactionMode;
    this.queryTimeoutMillis = other.queryTimeoutMillis;
    this.functions.addAll(other.functions);
    this.extensionLoading = other.extensionLoading;
  }

  /** A file path, {@code :memory:}, or an SQLite {@code file:} URI. */
  public String database() {
    return database;
  }

  public EngineOptions database(String database) {
    this.database = Objects.requireNonNull(database, "database");
    return this;
  }

  public OpenMode openMode() {
    return openMode;
  }

  public EngineOptions openMode(OpenMode openMode) {
    this.openMode = Objects.requireNonNull(openMode, "openMode");
    return this;
  }

  public int busyTimeoutMillis() {
    return busyTimeoutMillis;
  }

  public EngineOptions busyTimeoutMillis(int busyTimeoutMillis) {
    if (busyTimeoutMillis < 0) {
      throw new IllegalArgumentException("busy timeout must be >= 0, got " + busyTimeoutMillis);
    }
    this.busyTimeoutMillis = busyTimeoutMillis;
    return this;
  }

  /** Pragmas applied, in order, right after the connection opens; added (and checked) by {@link #pragma}. */
  public Map<String, String> pragmas() {
    return java.util.Collections.unmodifiableMap(pragmas);
  }

  public EngineOptions pragma(String name, String value) {
    Pragmas.validate(name, value);
    pragmas.put(name, value);
    return this;
  }

  public boolean cacheStatements() {
    return cacheStatements;
  }

  public EngineOptions cacheStatements(boolean cacheStatements) {
    this.cacheStatements = cacheStatements;
    return this;
  }

  public int statementCacheMaxSize() {
    return statementCacheMaxSize;
  }

  public EngineOptions statementCacheMaxSize(int statementCacheMaxSize) {
    if (statementCacheMaxSize < 0) {
      throw new IllegalArgumentException("statement cache size must be >= 0, got " + statementCacheMaxSize);
    }
    this.statementCacheMaxSize = statementCacheMaxSize;
    return this;
  }

  /** Which SQL texts may enter the statement cache. */
  public Predicate<String> statementCacheSqlFilter() {
    return statementCacheSqlFilter;
  }

  public EngineOptions statementCacheSqlFilter(Predicate<String> filter) {
    this.statementCacheSqlFilter = Objects.requireNonNull(filter, "filter");
    return this;
  }

  /** How {@link SqliteEngine#begin} starts transactions (default IMMEDIATE). */
  public TransactionMode transactionMode() {
    return transactionMode;
  }

  public EngineOptions transactionMode(TransactionMode transactionMode) {
    this.transactionMode = Objects.requireNonNull(transactionMode, "transactionMode");
    return this;
  }

  /** A statement running longer than this is interrupted and fails with SQLITE_INTERRUPT; 0 means no limit. */
  public long queryTimeoutMillis() {
    return queryTimeoutMillis;
  }

  public EngineOptions queryTimeoutMillis(long queryTimeoutMillis) {
    if (queryTimeoutMillis < 0) {
      throw new IllegalArgumentException("query timeout must be >= 0, got " + queryTimeoutMillis);
    }
    this.queryTimeoutMillis = queryTimeoutMillis;
    return this;
  }

  /** Functions and collations registered on every connection opened with these options. */
  public java.util.List<UserFunction> functions() {
    return functions;
  }

  public EngineOptions function(UserFunction function) {
    functions.add(Objects.requireNonNull(function, "function"));
    return this;
  }

  /** Whether SQLite may load extensions (native code): off unless asked for, since it runs arbitrary code. */
  public boolean extensionLoading() {
    return extensionLoading;
  }

  public EngineOptions extensionLoading(boolean extensionLoading) {
    this.extensionLoading = extensionLoading;
    return this;
  }

  /** Whether the database is in memory (private {@code :memory:} or a named in-memory database). */
  public boolean inMemory() {
    return database.equals(MEMORY) || database.contains("vfs=memdb") || database.contains("mode=memory");
  }

  /** Name of the connection's thread; a sequence number is appended. */
  public String threadName() {
    return threadName;
  }

  public EngineOptions threadName(String threadName) {
    this.threadName = Objects.requireNonNull(threadName, "threadName");
    return this;
  }
}
