package io.vertx.dqliteclient.impl;

import io.netty.channel.ChannelHandlerContext;

/**
 * Where an exchange's outcome goes: to the SQL client for its commands (each Vert.x line's {@code SpiExchanges}
 * makes those replies), or to the driver itself for the requests that set a connection up. The codec calls it on
 * the connection's event loop.
 */
@FunctionalInterface
interface Reply<R> {

  /**
   * {@code failure} is {@code null} on success. {@code pipeline} is the codec's place in the connection's
   * pipeline, where the SQL client reads its commands' outcomes; {@code null} once the socket is closed, as what
   * goes up the pipeline then is dropped.
   */
  void complete(ChannelHandlerContext pipeline, R result, Throwable failure);
}
