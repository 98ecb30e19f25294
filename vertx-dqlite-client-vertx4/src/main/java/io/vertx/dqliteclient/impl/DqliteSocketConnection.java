package io.vertx.dqliteclient.impl;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.net.impl.NetSocketInternal;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.impl.SocketConnectionBase;
import io.vertx.sqlclient.impl.command.CommandBase;
import io.vertx.sqlclient.impl.command.ExtendedQueryCommand;
import io.vertx.sqlclient.spi.DatabaseMetadata;
import io.vertx.sqliteclient.impl.SqliteMetadata;

/**
 * One connection to a dqlite node, on Vert.x's NetClient (Vert.x 4.5): the SQL client's command queue and
 * prepared-statement cache ({@link SocketConnectionBase}, as vertx-pg-client uses it) over the {@link DqliteCodec},
 * which sends one request at a time: the server reads the next request only after it answered the last.
 */
final class DqliteSocketConnection extends SocketConnectionBase implements NodeConnection {

  /**
   * Commands handed to the codec at once: it runs them one at a time, and when the connection dies it fails
   * each with a {@link io.vertx.dqliteclient.LeadershipException} saying whether its write may have committed
   * (commands still held by the base class would fail with an untyped "connection closed").
   */
  private static final int PIPELINING = 256;

  private final DqliteConnectOptions options;
  private final String address;
  private volatile DatabaseMetadata metadata;
  private volatile boolean closedByUser;

  DqliteSocketConnection(NetSocketInternal socket, ClientMetrics metrics, DqliteConnectOptions options, String address,
                         ContextInternal context) {
    super(socket, metrics, options.getCachePreparedStatements(), options.getPreparedStatementCacheMaxSize(),
      options.getPreparedStatementCacheSqlFilter(), PIPELINING, context);
    this.options = options;
    this.address = address;
  }

  @Override
  protected SqlConnectOptions connectOptions() {
    return options;
  }

  @Override
  public void init() {
    ChannelPipeline pipeline = socket.channelHandlerContext().pipeline();
    pipeline.addBefore("handler", "codec", new DqliteCodec(address, options));
    super.init();
  }

  @Override
  public ChannelHandlerContext pipeline() {
    return socket.channelHandlerContext();
  }

  @Override
  public <R> Promise<R> promise() {
    return context.promise();
  }

  @Override
  public String address() {
    return address;
  }

  @Override
  public void opened(String sqliteVersion) {
    metadata = new SqliteMetadata(sqliteVersion);
  }

  @Override
  public void closeSocket() {
    socket.close();
  }

  /**
   * A one-shot prepared query that will not be cached goes to the server as text with its parameters in one
   * request (EXEC_SQL / QUERY_SQL), instead of PREPARE, run and FINALIZE: one round trip instead of three.
   */
  @Override
  protected <R> void doSchedule(CommandBase<R> cmd, Handler<AsyncResult<R>> handler) {
    if (status != Status.CONNECTED) {
      // closed by its user: misuse; otherwise the leader went away: the same typed failure as a command in flight
      cmd.handler = handler;
      cmd.fail(Failures.afterClose(closedByUser, address));
      return;
    }
    if (cmd instanceof ExtendedQueryCommand) {
      ExtendedQueryCommand<?> query = (ExtendedQueryCommand<?>) cmd;
      if (query.ps == null && !cached(query.sql())) {
        query.ps = new DqlitePreparedStatement(DqliteStatement.inline(query.sql()));
      }
    }
    // SocketConnectionBase still holds commands queued behind a PREPARE (or past the pipelining limit) when the
    // socket closes, and fails them with its untyped "Pending requests failed ...": they were never sent
    super.doSchedule(cmd, ar -> handler.handle(ar.failed()
      ? Future.failedFuture(Failures.typedIfNeverSent(ar.cause(), address)) : ar));
  }

  private boolean cached(String sql) {
    return psCache != null && options.getPreparedStatementCacheSqlFilter().test(sql);
  }

  @Override
  public void close(Holder holder, Promise<Void> promise) {
    closedByUser = true;
    super.close(holder, promise);
  }

  @Override
  public boolean ready() {
    return metadata != null;
  }

  @Override
  public String system() {
    return "dqlite";
  }

  @Override
  public DatabaseMetadata getDatabaseMetaData() {
    return metadata;
  }

  @Override
  public int getProcessId() {
    return 0;
  }

  @Override
  public int getSecretKey() {
    return 0;
  }
}
