package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Backs a live database up on a timer, into timestamped files, with SQLite's online backup (writers carry on).
 * Run: {@code ./mvnw -pl vertx-sqlite-client-examples exec:java -Dexec.mainClass=io.vertx.sqliteclient.examples.BackupTimer}
 * (arguments: the database, {@code data/quickstart.db} by default; the directory, {@code data/backups}; the period
 * in seconds, 60).
 */
public final class BackupTimer extends VerticleBase {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final String database;
  private final Path directory;
  private final long periodMs;
  private final Consumer<String> report;
  private SqliteConnection conn;
  private long timer;
  private int backups;

  public BackupTimer(String database, Path directory, long periodMs) {
    this(database, directory, periodMs, line -> { });
  }

  /** {@code report} hears of each backup made. */
  public BackupTimer(String database, Path directory, long periodMs, Consumer<String> report) {
    this.database = database;
    this.directory = directory;
    this.periodMs = periodMs;
    this.report = report;
  }

  public static void main(String[] args) {
    String database = ExampleLauncher.fileArgument(args, 0, "quickstart.db");
    Path directory = Path.of(ExampleLauncher.fileArgument(args, 1, "backups"));
    long seconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
    Vertx vertx = ExampleLauncher.vertxClosedOnShutdown();
    BackupTimer timer = new BackupTimer(database, directory, seconds * 1000, System.out::println);
    ExampleLauncher.awaitOrExit(vertx.deployVerticle(timer), "BackupTimer could not start");
    // the first backup is a period away: say now what will happen, and where
    System.out.println("Backing up " + database + " every " + seconds + " s into " + directory + "/, the first in "
      + seconds + " s; Ctrl-C stops");
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
            .onSuccess(v -> {
              backups++;
              report.accept("Backed up " + database + " to " + target);
            })
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
