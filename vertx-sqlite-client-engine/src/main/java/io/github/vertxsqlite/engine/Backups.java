package io.github.vertxsqlite.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledFuture;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * Backups of a live database to a file. A WAL or in-memory database is copied with {@code VACUUM INTO}: one
 * consistent snapshot that other connections keep writing beside (it never restarts, unlike the backup API under
 * writes) and that {@code sqlite3_interrupt} stops, so closing never waits on a backup. Its copy is written
 * beside the target and moved over it once complete, so a target is never half written. A rollback-journal
 * database keeps SQLite's page-stepped backup API, which lets writers in between its steps (a snapshot would
 * hold them off for the whole copy) but which sqlite-jdbc gives no way to stop.
 */
final class Backups {

  /** How often the snapshot's progress is read from the size of the file being written. */
  private static final long PROGRESS_PERIOD_MILLIS = 20;

  private Backups() {
  }

  static void backup(SQLiteConnection conn, String schema, String path, int pagesPerStep, DB.ProgressObserver progress)
      throws SQLException, IOException {
    Path target = Path.of(path);
    if (bySnapshot(conn, schema, target)) {
      snapshot(conn, schema, target, progress);
      return;
    }
    SqliteJdbc.backup(conn, schema, path, pagesPerStep, progress);
  }

  /** Copied as a snapshot unless the source keeps a rollback journal, or the target has a WAL of its own. */
  private static boolean bySnapshot(SQLiteConnection conn, String schema, Path target) throws SQLException {
    String journalMode = text(conn, "PRAGMA " + schema + ".journal_mode");
    boolean snapshotable = journalMode.equalsIgnoreCase("wal") || journalMode.equalsIgnoreCase("memory");
    // a target with a WAL beside it is a live database: the backup API writes it through SQLite's own locking
    return snapshotable && !Files.exists(Path.of(target + "-wal"));
  }

  private static void snapshot(SQLiteConnection conn, String schema, Path target, DB.ProgressObserver progress)
      throws SQLException, IOException {
    long pageSize = number(conn, "PRAGMA " + schema + ".page_size");
    int pages = (int) Math.max(1, number(conn, "PRAGMA " + schema + ".page_count") - number(conn, "PRAGMA " + schema + ".freelist_count"));
    Path dir = target.toAbsolutePath().getParent();
    Path partial = Files.createTempFile(dir, target.getFileName() + ".", ".partial"); // VACUUM INTO takes an empty file
    Object reporting = new Object();
    boolean[] done = {false};
    progress.progress(pages, pages);
    ScheduledFuture<?> poll = QueryTimer.repeat(() -> {
      synchronized (reporting) {
        if (!done[0]) {
          try {
            long written = Files.size(partial) / pageSize;
            progress.progress((int) Math.max(1, pages - written), pages);
          } catch (IOException ignore) {
            // moved or deleted meanwhile: the final report follows
          }
        }
      }
    }, PROGRESS_PERIOD_MILLIS);
    try {
      try (PreparedStatement vacuum = conn.prepareStatement("VACUUM " + schema + " INTO ?")) {
        vacuum.setString(1, partial.toString());
        vacuum.execute();
      } finally {
        poll.cancel(false);
        synchronized (reporting) {
          done[0] = true;
        }
      }
      try {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
      progress.progress(0, pages);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static String text(SQLiteConnection conn, String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  private static long number(SQLiteConnection conn, String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}
