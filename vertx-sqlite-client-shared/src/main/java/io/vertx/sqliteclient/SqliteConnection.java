package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.Fluent;
import io.vertx.codegen.annotations.GenIgnore;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.List;
import java.util.function.Function;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqliteclient.spi.SqliteDriver;

/** A connection to an SQLite database, served by a thread of its own. */
@VertxGen
public interface SqliteConnection extends SqlConnection {

  /** Opens a connection; the future completes on the calling context (or a new one). */
  static Future<SqliteConnection> connect(Vertx vertx, SqliteConnectOptions connectOptions) {
    return SqliteDriver.INSTANCE.connect(vertx, connectOptions).map(SqliteConnection::cast);
  }

  /** Like {@link #connect(Vertx, SqliteConnectOptions)} with options parsed from a {@code sqlite:} URI. */
  static Future<SqliteConnection> connect(Vertx vertx, String connectionUri) {
    return connect(vertx, SqliteConnectOptions.fromUri(connectionUri));
  }

  /**
   * Runs {@code work} on this connection's engine thread inside one transaction, in order with the connection's
   * other commands: like {@link SqlitePool#withEngineTransaction}, on this connection. Fails with
   * {@code SQLITE_MISUSE} while a transaction of this connection is open ({@code begin()}).
   */
  @GenIgnore(GenIgnore.PERMITTED_TYPE)
  <T> Future<T> withEngineTransaction(Function<EngineTransaction, T> work);

  /**
   * {@code SAVEPOINT name}: marks a point inside the current transaction (or starts one) that
   * {@link #rollbackToSavepoint} returns to and {@link #releaseSavepoint} folds into the enclosing work.
   * Savepoints nest. The name must be an SQL identifier (letters, digits, underscore).
   */
  Future<Void> savepoint(String name);

  /** {@code RELEASE name}: keeps the work done since the savepoint; releasing the outermost one commits. */
  Future<Void> releaseSavepoint(String name);

  /** {@code ROLLBACK TO name}: undoes the work done since the savepoint, which stays open. */
  Future<Void> rollbackToSavepoint(String name);

  // ---- connection state ----

  /** Rows changed by the last INSERT, UPDATE or DELETE of this connection ({@code sqlite3_changes}). */
  Future<Long> changes();

  /** Rows changed since the connection opened ({@code sqlite3_total_changes}). */
  Future<Long> totalChanges();

  /** Whether a transaction is open (the connection is not in autocommit mode). */
  Future<Boolean> inTransaction();

  /**
   * Whether this connection can only read its database: opened with {@code mode=ro}, or the file cannot be written
   * (a read-only mount, an immutable file), in which case writes fail with {@code SQLITE_READONLY}.
   */
  Future<Boolean> readOnly();

  /** The rowid of the last row inserted by this connection ({@code sqlite3_last_insert_rowid}). */
  Future<Long> lastInsertRowid();

  // ---- dump ----

  /**
   * The whole database as SQL text (schema and data, like sqlite3's {@code .dump}); running it on an empty
   * database ({@link #executeScript}) reproduces the contents. Holds every statement in memory: for large
   * databases use {@link #dumpStream()}.
   */
  Future<String> dump();

  /** The dump as a stream of statements, read from SQLite as the stream is consumed (back-pressure). */
  ReadStream<String> dumpStream();

  // ---- change notifications ----

  /**
   * Every row this connection inserts, updates or deletes, and every commit and rollback, as a stream on the
   * calling context. It has back-pressure ({@code pause}, {@code fetch}): events wait while it is paused (the
   * oldest dropped past 10,000, reported to the exception handler). It ends when the connection closes;
   * {@code handler(null)} unsubscribes. Statements sent after this call are observed.
   */
  ReadStream<SqliteChange> changeStream();

  // ---- schema ----

  /** Names of the tables of the main schema, SQLite's internal ones excluded, sorted. */
  Future<List<String>> tables();

  /** Names of the views of the main schema, sorted. */
  Future<List<String>> views();

  /** The columns of a table or view, in order; fails with {@code SQLITE_ERROR} when it does not exist. */
  Future<List<SqliteColumn>> columns(String table);

  /** The indexes of a table, with their columns in index order. */
  Future<List<SqliteIndex>> indexes(String table);

  /** The foreign keys of a table. */
  Future<List<SqliteForeignKey>> foreignKeys(String table);

  // ---- pragmas ----

  /** {@code PRAGMA name}: its rows, as JSON objects keyed by column name. Only known pragma names are accepted. */
  Future<List<JsonObject>> readPragma(String name);

  /** {@code PRAGMA name(argument)}, e.g. {@code readPragma("table_info", "users")}. */
  Future<List<JsonObject>> readPragma(String name, String argument);

  /** {@code PRAGMA name = value} on this connection; names and values are validated (no SQL splicing). */
  Future<Void> setPragma(String name, String value);

  // ---- whole-database operations ----

  /** The database as an in-memory image ({@code sqlite3_serialize}): the bytes of its file. */
  Future<Buffer> serialize();

  /** Replaces this connection's database with an image made by {@link #serialize()} ({@code sqlite3_deserialize}). */
  Future<Void> deserialize(Buffer image);

  /**
   * Copies the live database to a file with SQLite's online backup, {@code pagesPerStep} pages at a time so
   * other connections keep reading and writing meanwhile. {@code progress}, if given, receives the fraction
   * copied (0 to 1) on this connection's context. Not in the generated RxJava/Mutiny APIs (the Mutiny generator
   * cannot wrap it): call it on {@code getDelegate()} there.
   */
  @GenIgnore
  Future<Void> backup(String path, int pagesPerStep, Handler<Double> progress);

  /** Like {@link #backup(String, int, Handler)}, 100 pages a step, without progress. */
  Future<Void> backup(String path);

  /** Replaces this connection's database with the content of a database file. */
  Future<Void> restore(String path);

  /**
   * Copies this live database into {@code target}'s database (replacing it): an online, page-stepped backup to
   * a temporary file, then a restore into the target. Works for in-memory databases on either side. Like the
   * file variant, only on the core API.
   */
  @GenIgnore
  Future<Void> backup(SqliteConnection target, int pagesPerStep, Handler<Double> progress);

  /** Like {@link #backup(SqliteConnection, int, Handler)}, 100 pages a step, without progress. */
  Future<Void> backup(SqliteConnection target);

  /**
   * Runs a multi-statement SQL script in one call (like Python's {@code executescript}); a failing statement
   * fails the future with a message naming it ("Statement 2 of 5 failed (…)") and stops the script there.
   */
  Future<Void> executeScript(String sql);

  /**
   * Loads a native SQLite extension (a shared library). Refused with a clear error unless
   * {@link SqliteConnectOptions#setExtensionLoading} enabled it.
   */
  Future<Void> loadExtension(String path);

  // ---- functions ----

  /** Registers a scalar function on this connection only (see {@link SqliteConnectOptions#addFunction} for every connection). */
  @GenIgnore(GenIgnore.PERMITTED_TYPE)
  Future<Void> createFunction(String name, int arity, boolean deterministic, SqliteFunction function);

  /** Registers an aggregate (or window) function on this connection only. */
  @GenIgnore(GenIgnore.PERMITTED_TYPE)
  <S> Future<Void> createAggregate(String name, int arity, boolean deterministic, SqliteAggregate<S> aggregate);

  /** Registers a collation on this connection only. */
  @GenIgnore(GenIgnore.PERMITTED_TYPE)
  Future<Void> createCollation(String name, java.util.Comparator<String> comparator);

  @Fluent
  @Override
  SqliteConnection exceptionHandler(Handler<Throwable> handler);

  @Fluent
  @Override
  SqliteConnection closeHandler(Handler<Void> handler);

  /** Casts a connection obtained from a pool of this driver. */
  static SqliteConnection cast(SqlConnection sqlConnection) {
    return (SqliteConnection) sqlConnection;
  }
}
