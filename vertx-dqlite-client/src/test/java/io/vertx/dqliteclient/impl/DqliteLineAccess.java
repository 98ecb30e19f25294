package io.vertx.dqliteclient.impl;

import io.vertx.core.internal.ContextInternal;
import io.vertx.sqlclient.SqlConnection;

/** What the shared tests read of a connection's internals on this Vert.x line (5), whose SPI packages differ. */
final class DqliteLineAccess {

  private DqliteLineAccess() {
  }

  /** Whether a standalone connection's socket is served by the event loop of the context it runs its commands on. */
  static boolean socketOnItsContextsEventLoop(SqlConnection conn) {
    DqliteSocketConnection socket = (DqliteSocketConnection) ((DqliteConnectionImpl) conn).unwrap();
    return socket.socket().channelHandlerContext().channel().eventLoop()
      == ((ContextInternal) socket.context()).nettyEventLoop();
  }
}
