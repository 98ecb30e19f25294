package io.github.vertxsqlite.engine;

import java.util.Comparator;

/**
 * An SQL function or collation implemented in Java. Callbacks run on the engine thread of the connection
 * executing the statement: they must be quick and must never block waiting for an event loop. Arguments
 * arrive by storage class ({@code Long}, {@code Double}, {@code String}, {@code byte[]}, {@code null}); a
 * result may be any value {@link JavaToSqlite} can store. A callback that throws fails the statement with
 * {@code SQLITE_ERROR}, naming the function.
 */
public sealed interface UserFunction permits UserFunction.Scalar, UserFunction.Aggregate, UserFunction.Collation {

  String name();

  /** {@code f(args)}. */
  record Scalar(String name, int arity, boolean deterministic, Body body) implements UserFunction {
  }

  /** An aggregate, or with {@code inverse} a window function: state folds over the rows of a group or frame. */
  record Aggregate(String name, int arity, boolean deterministic, Folder<?> folder) implements UserFunction {
  }

  /** {@code COLLATE name}. */
  record Collation(String name, Comparator<String> comparator) implements UserFunction {
  }

  @FunctionalInterface
  interface Body {
    Object apply(Object[] args) throws Exception;
  }

  /** The state machine of an aggregate; {@link #inverse} is needed only by window functions. */
  interface Folder<S> {
    S initial();

    S step(S state, Object[] args) throws Exception;

    Object result(S state) throws Exception;

    /** Removes a row leaving a window frame; aggregates that are not window functions never see it. */
    default S inverse(S state, Object[] args) throws Exception {
      throw new UnsupportedOperationException("not a window function");
    }

    /** Whether {@link #inverse} is implemented, making this usable as a window function. */
    default boolean isWindow() {
      return false;
    }
  }
}
