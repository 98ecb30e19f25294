package io.vertx.sqliteclient.impl;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.sqlclient.impl.Connection;
import io.vertx.sqlclient.impl.SqlConnectionBase;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqlclient.spi.Driver;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The user-facing connection: the SQL client's connection API (Vert.x 4.5) over an {@link SqliteEngineConnection},
 * plus the SQLite-specific operations of {@link SqliteConnectionFeatures}.
 */
public class SqliteConnectionImpl extends SqlConnectionBase<SqliteConnectionImpl> implements SqliteConnectionFeatures {

  private final List<ChangeStream> changeStreams = new CopyOnWriteArrayList<>();

  public SqliteConnectionImpl(ContextInternal context, ConnectionFactory factory, Connection conn, Driver driver) {
    super(context, factory, conn, driver);
  }

  @Override
  public Context connectionContext() {
    return context;
  }

  @Override
  public ContextAccess contextAccess() {
    return CoreAccess.INSTANCE;
  }

  @Override
  public EngineLink link() {
    return ((SqliteEngineConnection) conn.unwrap()).link();
  }

  @Override
  public List<ChangeStream> changeStreams() {
    return changeStreams;
  }

  /** A standalone connection closes its engine at once, a pooled one is reset for its next user. */
  @Override
  public void close(io.vertx.core.Promise<Void> completion) {
    leaveEngine(conn instanceof SqliteEngineConnection);
    super.close(completion);
  }

  @Override
  public void handleClosed() {
    endChangeStreams();
    super.handleClosed();
  }

  /** A standalone connection's future, which closes its own factory once the connection closes. */
  public static Future<io.vertx.sqlclient.SqlConnection> closingItsFactory(ContextInternal context,
                                                                         Future<io.vertx.sqlclient.SqlConnection> connection) {
    return prepareForClose(context, connection);
  }

}
