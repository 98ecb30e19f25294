package io.vertx.sqliteclient.examples.quarkus;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The application's entry point: it makes {@code data/} before Quarkus starts, since the datasource URL puts the
 * database there (git ignores it) and SQLite creates no directory. Quarkus closes the pool on Ctrl-C or SIGTERM,
 * so SQLite checkpoints the WAL and removes -wal and -shm. Tests start Quarkus without this class.
 */
@QuarkusMain
public final class ExampleMain {

  private ExampleMain() {
  }

  public static void main(String... args) throws Exception {
    Files.createDirectories(Path.of("data"));
    Quarkus.run(args);
  }
}
