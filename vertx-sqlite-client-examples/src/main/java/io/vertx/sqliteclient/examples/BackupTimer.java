package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Backs a live database up on a timer, into timestamped files, with SQLite's online backup (writers carry on).
 * Run: {@code mvn -pl vertx-sqlite-client-examples exec:java -Dexec.mainClass=io.vertx.sqliteclient.examples.BackupTimer}
 */
public final class BackupTimer extends VerticleBase {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final String database;
  private final Path directory;
  private final long periodMs;
  private SqliteConnection conn;
  private long timer;
  private int backups;

  public BackupTimer(String database, Path directory, long periodMs) {
    this.database = database;
    this.directory = directory;
    this.periodMs = periodMs;
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    vertx.deployVerticle(new BackupTimer(args.length > 0 ? args[0] : "quickstart.db", Path.of("backups"), 60_000))
      .onSuccess(id -> System.out.println("Backing up every minute into backups/"));
  }

  public int backups() {
    return backups;
  }

  @Override
  public Future<?> start() {
    return vertx.fileSystem().mkdirs(directory.toString())
      .compose(v -> SqliteConnection.connect(vertx, new SqliteConnectOptions().setDatabase(database)))
      .onSuccess(c -> {
        conn = c;
        // tag::backup-timer[]
        timer = vertx.setPeriodic(periodMs, id -> {
          String target = directory.resolve("backup-" + LocalDateTime.now().format(STAMP) + ".db").toString();
          conn.backup(target, 200, null)
            .onSuccess(v -> backups++)
            .onFailure(err -> System.err.println("backup to " + target + " failed: " + err.getMessage()));
        });
        // end::backup-timer[]
      });
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return conn.close();
  }
}
