package io.vertx.sqliteclient.impl;

/**
 * One SQL client command as the shared actions see it, whichever Vert.x line it comes from: each line's
 * {@code SpiCommands} adapts its own SPI command classes to it. Both methods run on the connection's context.
 */
public interface EngineCommand<R> {

  void succeed(R result);

  void fail(Throwable failure);
}
