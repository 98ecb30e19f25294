package io.github.vertxsqlite.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cursors open on one connection, by id, and their share of the writer gate: a cursor over a writing
 * statement keeps the gate until it is exhausted or closed.
 */
final class Cursors {

  private final Map<String, Cursor> open = new HashMap<>();
  /**
   * Cursors a reset ended (their connection went back to its pool): a later read of one fails, where it would
   * otherwise run the query afresh for the next borrower. A few suffice; ids are never reused.
   */
  private final Set<String> endedByReset = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > 256;
    }
  });
  private final GateHold gate;

  Cursors(GateHold gate) {
    this.gate = gate;
  }

  /** Ends every open cursor for a reset, remembering them so a late read fails. */
  void endForReset(boolean inTransaction) {
    endedByReset.addAll(open.keySet());
    closeAll(inTransaction);
  }

  /** The open cursor {@code id}, or null when it is to be opened; fails for one a reset ended. */
  Cursor get(String id) throws SqliteError {
    Cursor cursor = open.get(id);
    if (cursor == null && endedByReset.contains(id)) {
      throw ErrorMapping.closed("the cursor ended when its connection was given back to the pool");
    }
    return cursor;
  }

  /** Registers the cursor over {@code p}'s fresh result, and reads its first {@code max} rows. */
  QueryResult open(String id, Prepared p, ResultSet rs, int max, boolean inTransaction) throws SQLException {
    Cursor cursor = new Cursor(p, rs);
    open.put(id, cursor);
    if (p.kind.takesWriteLock()) {
      gate.writeCursorOpened();
    }
    return read(cursor, max, inTransaction);
  }

  /** The next {@code max} rows of {@code cursor}. */
  QueryResult read(Cursor cursor, int max, boolean inTransaction) throws SQLException {
    QueryResult result = cursor.fetch(max);
    if (!result.suspended()) {
      done(cursor, inTransaction);
    }
    return result;
  }

  void close(String id, boolean inTransaction) {
    Cursor cursor = open.remove(id);
    if (cursor != null) {
      cursor.close();
      done(cursor, inTransaction);
    }
  }

  /** Ends every open cursor, giving back the gate share of writing ones. */
  void closeAll(boolean inTransaction) {
    for (String id : new java.util.ArrayList<>(open.keySet())) {
      close(id, inTransaction);
    }
  }

  int count() {
    return open.size();
  }

  private void done(Cursor cursor, boolean inTransaction) {
    if (cursor.finishAccounting() && cursor.writes()) {
      gate.writeCursorClosed(inTransaction);
    }
  }
}
