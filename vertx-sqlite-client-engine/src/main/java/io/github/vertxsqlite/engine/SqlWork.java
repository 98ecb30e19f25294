package io.github.vertxsqlite.engine;

/** A piece of SQLite work on the engine thread, run under the session's rules (gate, timer). */
@FunctionalInterface
interface SqlWork<T> {
  T run() throws Exception;
}
