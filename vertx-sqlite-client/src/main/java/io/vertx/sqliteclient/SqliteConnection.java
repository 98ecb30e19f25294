package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.Fluent;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqliteclient.impl.SqliteConnectionImpl;

/** A connection to an SQLite database, served by a thread of its own. */
@VertxGen
public interface SqliteConnection extends SqlConnection {

  /** Opens a connection; the future completes on the calling context (or a new one). */
  static Future<SqliteConnection> connect(Vertx vertx, SqliteConnectOptions connectOptions) {
    return SqliteConnectionImpl.connect(vertx, connectOptions);
  }

  /** Like {@link #connect(Vertx, SqliteConnectOptions)} with options parsed from a {@code sqlite:} URI. */
  static Future<SqliteConnection> connect(Vertx vertx, String connectionUri) {
    return connect(vertx, SqliteConnectOptions.fromUri(connectionUri));
  }

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
