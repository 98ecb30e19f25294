package io.vertx.sqliteclient;

import io.vertx.sqlclient.Tuple;

/**
 * An aggregate SQL function implemented in Java, folding a state over the rows of a group; implement
 * {@link #inverse} too (and return true from {@link #isWindow}) to use it as a window function
 * ({@code OVER (ROWS …)}). Runs on the engine thread, like {@link SqliteFunction}.
 */
public interface SqliteAggregate<S> {

  /** The state before the first row. */
  S initial();

  S step(S state, Tuple args) throws Exception;

  /** The value of the group (or of the current window frame). */
  Object result(S state) throws Exception;

  /** Removes a row that left the window frame. */
  default S inverse(S state, Tuple args) throws Exception {
    throw new UnsupportedOperationException("not a window function");
  }

  default boolean isWindow() {
    return false;
  }
}
