package io.github.vertxsqlite.engine;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-connection LRU of compiled statements keyed by SQL text. Statements pinned by managed prepared
 * statements are skipped by eviction; they leave the cache only when unpinned and least recently used.
 */
final class StatementCache {

  private final int maxSize;
  private final LinkedHashMap<String, Prepared> entries = new LinkedHashMap<>(16, 0.75f, true);

  StatementCache(int maxSize) {
    this.maxSize = maxSize;
  }

  Prepared get(String sql) {
    return entries.get(sql);
  }

  /** Adds a statement, then evicts down to the size limit (which may close {@code prepared} itself). */
  void put(Prepared prepared) {
    entries.put(prepared.sql, prepared);
    evict();
  }

  void remove(Prepared prepared) {
    entries.remove(prepared.sql, prepared);
  }

  boolean contains(Prepared prepared) {
    return entries.get(prepared.sql) == prepared;
  }

  /** Closes least recently used unpinned statements until the cache fits its size again. */
  void evict() {
    Iterator<Prepared> it = entries.values().iterator();
    while (entries.size() > maxSize && it.hasNext()) {
      Prepared eldest = it.next();
      if (eldest.pins == 0) {
        it.remove();
        eldest.close();
      }
    }
  }

  int size() {
    return entries.size();
  }

  void closeAll() {
    for (Map.Entry<String, Prepared> e : entries.entrySet()) {
      e.getValue().close();
    }
    entries.clear();
  }
}
