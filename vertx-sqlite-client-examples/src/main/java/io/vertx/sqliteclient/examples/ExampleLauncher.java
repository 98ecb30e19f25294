package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * What the examples' main methods share, so that running one leaves nothing behind: their files go under
 * {@code data/} when no path is given (git ignores it), and Vert.x is closed when the JVM is asked to stop
 * (Ctrl-C, SIGTERM), which closes every verticle's pool: SQLite then checkpoints the WAL and removes the -wal and
 * -shm files. A start that fails says why and exits 1, rather than leave a JVM running with nothing to do.
 */
final class ExampleLauncher {

  /** Relative to the working directory; the README's commands run from the repository root. */
  static final Path DATA = Path.of("data");

  private ExampleLauncher() {
  }

  /** {@code args[index]}, or {@code data/<name>} when absent (creating data/, as SQLite creates no directory). */
  static String fileArgument(String[] args, int index, String name) {
    if (args.length > index) {
      return args[index];
    }
    try {
      Files.createDirectories(DATA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DATA.resolve(name).toString();
  }

  // tag::close-on-shutdown[]
  static Vertx vertxClosedOnShutdown() {
    Vertx vertx = Vertx.vertx();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        System.err.println("Vert.x did not close cleanly: " + e);
      }
    }, "close-vertx-on-shutdown"));
    return vertx;
  }
  // end::close-on-shutdown[]

  /** Waits on the main thread for {@code future}; when it fails, prints {@code what} and why, and exits 1. */
  static <T> T awaitOrExit(Future<T> future, String what) {
    try {
      return future.toCompletionStage().toCompletableFuture().get();
    } catch (ExecutionException e) {
      System.err.println(what + ": " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.err.println(what + ": interrupted");
    }
    System.exit(1);                           // from the main thread: the shutdown hook can close Vert.x
    throw new IllegalStateException("unreachable");
  }
}
