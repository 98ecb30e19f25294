package io.github.vertxsqlite.engine;

/**
 * An engine's own thread. It knows when it runs a caller's transaction work ({@link TransactionScope}), so that
 * work is refused the asynchronous API, whose results could only come after the work returns: a wait on them
 * would never end.
 */
final class EngineThread extends Thread {

  /** The transaction whose work runs now; engine thread only. */
  TransactionScope scope;

  EngineThread(Runnable loop, String name) {
    super(loop, name);
    setDaemon(true);
  }
}
