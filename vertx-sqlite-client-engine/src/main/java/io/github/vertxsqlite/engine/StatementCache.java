package io.github.vertxsqlite.engine;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-connection LRU of compiled statements keyed by SQL text, and the policy around it: which statements are
 * kept (the options' size, on/off and SQL filter), which are pinned (managed prepared statements are never
 * evicted; they leave only when unpinned and least recently used), and which are not trusted again.
 */
final class StatementCache {

  /** Compiles a statement the cache does not hold. */
  @FunctionalInterface
  interface Compiler {
    Prepared compile(String sql) throws SQLException, SqliteError;
  }

  private final EngineOptions options;
  private final Compiler compiler;
  private final int maxSize;
  private final LinkedHashMap<String, Prepared> entries = new LinkedHashMap<>(16, 0.75f, true);

  StatementCache(EngineOptions options, Compiler compiler) {
    this.options = options;
    this.compiler = compiler;
    this.maxSize = options.cacheStatements() ? options.statementCacheMaxSize() : 0;
  }

  /** The cached statement of {@code sql}, or a newly compiled one, to {@link #release} (or {@link #discard}) after use. */
  Prepared acquire(String sql) throws SQLException, SqliteError {
    Prepared cached = entries.get(sql);
    if (cached != null && cached.isClosed()) {
      // sqlite-jdbc finalizes a statement that failed with an I/O-class error (SQLITE_FULL, SQLITE_IOERR, ...):
      // compile it again, keeping the pins of the managed statements that refer to it
      entries.remove(sql, cached);
      Prepared fresh = compiler.compile(sql);
      fresh.pins = cached.pins;
      if (fresh.pins > 0) {
        put(fresh);
      }
      return fresh;
    }
    return cached != null ? cached : compiler.compile(sql);
  }

  /** Returns a statement after use: into the cache when it may be cached, closed otherwise. */
  void release(Prepared p) {
    if (p.isClosed() || contains(p)) {
      return;
    }
    if (cacheable(p.sql)) {
      put(p);
    } else {
      p.close();
    }
  }

  /** A statement that failed mid-step is not trusted again: it leaves the cache unless pinned. */
  void discard(Prepared p) {
    if (p.pins == 0) {
      entries.remove(p.sql, p);
      p.close();
    }
  }

  /** Keeps {@code p} compiled for a managed prepared statement until {@link #unpin}. */
  void pin(Prepared p) {
    p.pins++;
    if (!contains(p)) {
      put(p);
    }
  }

  /** Drops one pin; a statement no longer pinned stays as any other cached one, or goes if it may not be cached. */
  void unpin(String sql) {
    Prepared p = entries.get(sql);
    if (p != null && p.pins > 0 && --p.pins == 0) {
      if (cacheable(sql)) {
        evict();
      } else {
        entries.remove(sql, p);
        p.close();
      }
    }
  }

  int size() {
    return entries.size();
  }

  /**
   * This connection changed its schema: SQLite recompiles each statement when it next runs, so what it writes may
   * differ (a temp table now shadows a table of the file, or no longer does): each cached kind is judged again.
   */
  void judgeAgain(java.util.function.Function<String, StatementKind> judge) {
    for (Prepared p : entries.values()) {
      p.kind = judge.apply(p.sql);
    }
  }

  void closeAll() {
    for (Map.Entry<String, Prepared> e : entries.entrySet()) {
      e.getValue().close();
    }
    entries.clear();
  }

  private boolean cacheable(String sql) {
    return maxSize > 0 && options.statementCacheSqlFilter().test(sql);
  }

  private boolean contains(Prepared p) {
    return entries.get(p.sql) == p;
  }

  /** Adds a statement, then evicts down to the size limit (which may close {@code p} itself). */
  private void put(Prepared p) {
    entries.put(p.sql, p);
    evict();
  }

  /** Closes least recently used unpinned statements until the cache fits its size again. */
  private void evict() {
    Iterator<Prepared> it = entries.values().iterator();
    while (entries.size() > maxSize && it.hasNext()) {
      Prepared eldest = it.next();
      if (eldest.pins == 0) {
        it.remove();
        eldest.close();
      }
    }
  }
}
