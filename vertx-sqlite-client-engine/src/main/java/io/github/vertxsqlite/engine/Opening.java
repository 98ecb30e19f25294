package io.github.vertxsqlite.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a connection as the options say and applies its pragmas, so that the server defaults never turn a
 * readable database into an error: on a file that cannot be written the default {@code journal_mode=wal} is left
 * out and the connection opens for reading.
 */
final class Opening {

  private static final System.Logger LOG = System.getLogger(Opening.class.getName());
  /** Bytes 18 and 19 of a database header: the file format versions, 2 for WAL. */
  private static final int WAL_FORMAT = 2;

  /** An open connection, the file's writer gate (null in memory), and whether the file is read-only to it. */
  record Opened(SQLiteConnection conn, SharedDatabase shared, boolean readOnly) {
  }

  private Opening() {
  }

  static Opened open(EngineOptions options) throws SQLException, SqliteError {
    SQLiteConfig config = new SQLiteConfig();
    switch (options.openMode()) {
      case READ_ONLY:
        config.setReadOnly(true);
        break;
      case READ_WRITE:
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        break;
      default:
        break;
    }
    config.setBusyTimeout(options.busyTimeoutMillis());
    // only the engine thread uses the connection (other threads may only interrupt it, which SQLite allows), so
    // SQLite's per-connection mutex would be taken and released around every call for nothing: batches ~5 % faster
    config.setOpenMode(SQLiteOpenMode.NOMUTEX);
    // sqlite-jdbc would prepare and run its own last_insert_rowid() query after every INSERT; the engine reads it natively
    config.setGetGeneratedKeys(false);
    config.enableLoadExtension(options.extensionLoading());
    SharedDatabase shared = SharedDatabase.join(options.database());
    SQLiteConnection conn = null;
    try {
      conn = (SQLiteConnection) config.createConnection("jdbc:sqlite:" + options.database());
      boolean readOnly = applyPragmas(conn, options, shared == null ? null : shared.gate)
        || options.openMode() == OpenMode.READ_ONLY;
      return new Opened(conn, shared, readOnly);
    } catch (SQLException | SqliteError | RuntimeException e) {
      if (conn != null) {
        conn.close();
      }
      if (shared != null) {
        shared.leave();
      }
      if (e instanceof SQLiteException) {
        throw explainCantOpen((SQLiteException) e, options);
      }
      throw e;
    }
  }

  /**
   * Applies the pragmas; returns whether the file turned out to be read-only. Most pragmas are connection-local,
   * but switching a new file to WAL takes a write lock, and when two connections switch at once SQLite answers one
   * with an immediate SQLITE_BUSY (a lock conflict the busy handler does not wait out). That one retries holding
   * the file's writer gate; the gate is not taken up front, so opening never waits behind another transaction.
   */
  private static boolean applyPragmas(SQLiteConnection conn, EngineOptions options, WriterGate gate) throws SQLException, SqliteError {
    try {
      return runPragmas(conn, options);
    } catch (SQLiteException e) {
      if (gate == null || ErrorMapping.primaryCode(e) != SQLiteErrorCode.SQLITE_BUSY.code) {
        throw e;
      }
      boolean locked = false;
      try {
        locked = gate.tryAcquire(options.busyTimeoutMillis());
        if (!locked) {
          throw ErrorMapping.error(SQLiteErrorCode.SQLITE_BUSY, "database is locked: could not apply the connection's pragmas within the busy timeout");
        }
        return runPragmas(conn, options);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw ErrorMapping.error(SQLiteErrorCode.SQLITE_INTERRUPT, "interrupted while opening the connection");
      } finally {
        if (locked) {
          gate.release();
        }
      }
    }
  }

  private static boolean runPragmas(SQLiteConnection conn, EngineOptions options) throws SQLException {
    boolean readOnly = false;
    try (Statement st = conn.createStatement()) {
      for (Map.Entry<String, String> pragma : Pragmas.effective(options).entrySet()) {
        try {
          st.execute(Pragmas.statement(pragma.getKey(), pragma.getValue()));
        } catch (SQLiteException e) {
          if (!Pragmas.isDefaultJournalMode(options, pragma.getKey()) || ErrorMapping.primaryCode(e) != SQLiteErrorCode.SQLITE_READONLY.code) {
            throw e;
          }
          // the file cannot be written (read-only mount, immutable file): keep its journal mode and read it
          readOnly = true;
          LOG.log(System.Logger.Level.DEBUG, () -> options.database()
            + " cannot be written: opened for reading, journal mode left as it is (writes fail with SQLITE_READONLY)");
        }
      }
    }
    return readOnly || fileIsReadOnly(options);
  }

  /** A file that exists but cannot be written by this process (read-only mount, immutable or read-only file). */
  private static boolean fileIsReadOnly(EngineOptions options) {
    Path file = file(options);
    return file != null && Files.exists(file) && !Files.isWritable(file);
  }

  /**
   * SQLite opens a WAL database on storage it cannot write, then fails every statement with SQLITE_CANTOPEN because
   * it cannot create the {@code -shm} index beside it: say so, and what to do.
   */
  private static SQLException explainCantOpen(SQLiteException e, EngineOptions options) {
    Path file = file(options);
    if (ErrorMapping.primaryCode(e) != SQLiteErrorCode.SQLITE_CANTOPEN.code || file == null || !walFormat(file)) {
      return e;
    }
    Path shm = Path.of(file + "-shm");
    if (Files.isWritable(file.toAbsolutePath().getParent()) || (Files.exists(shm) && Files.isWritable(shm))) {
      return e;
    }
    return new SQLiteException(file + " is a WAL database on storage this process cannot write: SQLite must create or"
      + " write " + shm.getFileName() + " beside it to read it. Open it as file:" + file + "?immutable=1 if nothing"
      + " changes it meanwhile, or keep its directory (or an existing -shm file) writable", SQLiteErrorCode.SQLITE_CANTOPEN);
  }

  private static boolean walFormat(Path file) {
    byte[] header = new byte[20];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(header, 0, header.length) == header.length && header[18] == WAL_FORMAT && header[19] == WAL_FORMAT;
    } catch (IOException e) {
      return false;
    }
  }

  /** The database file of the options, or null for an in-memory database. */
  private static Path file(EngineOptions options) {
    return options.inMemory() ? null : DatabaseLocation.file(options.database());
  }
}
