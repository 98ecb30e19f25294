package io.vertx.sqliteclient.impl;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.SqlConnectionBase;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import io.vertx.sqliteclient.spi.SqliteDriver;

/** The user-facing connection: the SQL client's connection API over an {@link SqliteEngineConnection}. */
public class SqliteConnectionImpl extends SqlConnectionBase<SqliteConnectionImpl> implements SqliteConnection {

  public SqliteConnectionImpl(ContextInternal context, ConnectionFactory<SqliteConnectOptions> factory, Connection conn) {
    super(context, factory, conn, SqliteDriver.INSTANCE);
  }

  private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Override
  public Future<Void> savepoint(String name) {
    return savepointCommand("SAVEPOINT ", name);
  }

  @Override
  public Future<Void> releaseSavepoint(String name) {
    return savepointCommand("RELEASE SAVEPOINT ", name);
  }

  @Override
  public Future<Void> rollbackToSavepoint(String name) {
    return savepointCommand("ROLLBACK TO SAVEPOINT ", name);
  }

  /** Runs in order with the connection's other commands, inside its transaction when there is one. */
  private Future<Void> savepointCommand(String verb, String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      return context.failedFuture(new IllegalArgumentException("Invalid savepoint name '" + name + "': use letters, digits and underscores"));
    }
    return query(verb + name).execute().mapEmpty();
  }

  public static Future<SqliteConnection> connect(Vertx vertx, SqliteConnectOptions options) {
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    SqliteConnectionFactory factory = new SqliteConnectionFactory(false);
    return prepareForClose(ctx, factory.connect(ctx, options)).map(SqliteConnection::cast);
  }
}
