package io.vertx.dqliteclient.impl;

import io.netty.channel.ChannelHandlerContext;
import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * A connection to one node while the {@link LeaderSearch} sets it up, before the SQL client has it: each Vert.x
 * line's {@code DqliteSocketConnection}. The driver's own requests go down its pipeline to the codec, which runs
 * them as it runs the SQL client's commands.
 */
interface NodeConnection {

  /** Where this connection writes to its socket (the codec sits below). */
  ChannelHandlerContext pipeline();

  /** A promise of the connection's context: its callbacks run there, whichever thread completes it. */
  <R> Promise<R> promise();

  /** The node's address, host:port. */
  String address();

  /** The database is open: the connection is ready for the SQL client. */
  void opened(String sqliteVersion);

  boolean ready();

  /** Closes the socket: this node is not used (any more). */
  void closeSocket();

  /** The leader's address as this node knows it, "" while there is none. */
  default Future<String> leader() {
    return run(new SessionCommand.Leader(promise()));
  }

  /** Registers the client and opens {@code database}. */
  default Future<Void> open(String database) {
    return run(new SessionCommand.Open(database, promise())).map(version -> {
      opened(version);
      return null;
    });
  }

  private <R> Future<R> run(SessionCommand<R> cmd) {
    pipeline().writeAndFlush(cmd).addListener(written -> {
      if (!written.isSuccess()) {
        // the socket closed before the request reached the codec, which is gone with it
        cmd.fail(Failures.connectionLost(address(), false));
      }
    });
    return cmd.future();
  }
}
