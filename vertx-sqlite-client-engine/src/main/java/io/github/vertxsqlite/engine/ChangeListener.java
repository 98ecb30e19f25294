package io.github.vertxsqlite.engine;

/**
 * Receives a connection's data changes and transaction outcomes, on its engine thread, while the statement
 * runs: implementations must only hand the event over (no SQL, no blocking).
 */
public interface ChangeListener {

  enum Operation { INSERT, UPDATE, DELETE }

  void onChange(Operation operation, String database, String table, long rowid);

  void onCommit();

  void onRollback();
}
