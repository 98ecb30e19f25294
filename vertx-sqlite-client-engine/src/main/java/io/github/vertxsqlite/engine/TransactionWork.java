package io.github.vertxsqlite.engine;

/** What a transaction on the engine thread does ({@link SqliteEngine#runTransaction}); its result completes the call. */
@FunctionalInterface
public interface TransactionWork<T> {
  T run(TransactionScope tx) throws Exception;
}
