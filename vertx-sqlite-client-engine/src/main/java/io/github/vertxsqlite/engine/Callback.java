package io.github.vertxsqlite.engine;

/**
 * Receives the outcome of an engine command, on the engine thread: exactly one of {@code result} or
 * {@code failure} is meaningful. Implementations must not block; adapters hand the outcome to their own
 * threads.
 */
@FunctionalInterface
public interface Callback<T> {

  void complete(T result, Throwable failure);
}
