package io.vertx.dqliteclient.impl;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.FrameReader;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Wire;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The connection's protocol handler, in its Netty pipeline: commands written by the SQL client become
 * {@link Exchange}s, run one at a time (the server reads the next request only after answering the last), and
 * responses are cut into messages and handed to the exchange holding the wire. Completed commands go back up the
 * pipeline to the SQL client ({@link Reply}). This Vert.x line's {@code SpiExchanges} turns its SPI commands into
 * exchanges; the driver's own {@link SessionCommand}s come the same way. A cursor keeps its rows arriving after
 * its first fetch completed, so its later fetches and its close are served without waiting for the wire.
 */
public final class DqliteCodec extends ChannelDuplexHandler {

  private final String server;
  private final DqliteConnectOptions options;
  private ChannelHandlerContext ctx;
  private FrameReader frames;
  private final ArrayDeque<Exchange> waiting = new ArrayDeque<>();
  private final Map<String, CursorStream> cursors = new HashMap<>();
  private final ResultDescs descs = new ResultDescs();
  private Exchange wire;
  /** The query timeout of the exchange on the wire, cancelled when it gives the wire back. */
  private java.util.concurrent.ScheduledFuture<?> timeout;
  private boolean inactive;
  /** The node said it is not (or no longer) the leader, or a query timed out: no further request goes to it. */
  private boolean notLeader;
  /** The SQL client closed the connection: close the socket once the commands written before are done. */
  private boolean closing;

  public DqliteCodec(String server, DqliteConnectOptions options) {
    this.server = server;
    this.options = options;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    frames = new FrameReader(ctx.alloc());
    ctx.writeAndFlush(Request.handshake(ctx.alloc()));
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    frames.release();
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof SessionCommand) {
      enqueue(((SessionCommand<?>) msg).exchange(this));
      promise.trySuccess(); // written: its outcome now comes from its exchange
    } else if (!SpiExchanges.accept(this, msg)) {
      ctx.write(msg, promise);
    }
  }

  /**
   * The SQL client closes the connection: after the commands written before, as it expects (a query in progress
   * completes first).
   */
  void closeAfterQueue() {
    closing = true;
    if (wire instanceof CursorStream) {
      ((CursorStream) wire).readAll();
    }
    next();
  }

  /** The open cursor {@code id}, or {@code null}: its later fetches and its close go to it, not to the queue. */
  CursorStream cursor(String id) {
    return cursors.get(id);
  }

  /** Runs {@code exchange} when the exchanges written before it are done. */
  void enqueue(Exchange exchange) {
    if (inactive) {
      exchange.fail(Failures.connectionLost(server, false));
      return;
    }
    waiting.add(exchange);
    if (wire instanceof CursorStream) {
      // the wire is busy until the open cursor's rows have all arrived: read them into memory now
      ((CursorStream) wire).readAll();
    }
    next();
  }

  private void next() {
    while (wire == null && !waiting.isEmpty() && !notLeader) {
      Exchange exchange = waiting.poll();
      wire = exchange;
      if (options.getQueryTimeout() > 0) {
        // a cursor until its first answer (the statement's run on the leader); then its reader sets the pace
        timeout = later(exchange, options.getQueryTimeout(), () -> {
          if (!(exchange instanceof CursorStream) || !((CursorStream) exchange).answered()) {
            timedOut(exchange);
          }
        });
      }
      exchange.start();
    }
    if (closing && wire == null && waiting.isEmpty()) {
      ctx.close();
    }
  }

  /** The server cannot interrupt a running statement (it reads no request meanwhile): fail it and close. */
  private void timedOut(Exchange exchange) {
    wire = null;
    notLeader = true; // the connection is closing: nothing more is sent on it
    String outcome = exchange.writeInFlight() ? "a write was in flight: it may or may not have committed"
      : "nothing was applied";
    exchange.fail(Failures.interrupted("No answer within the query timeout (" + options.getQueryTimeout()
      + " ms); the connection was closed, as dqlite cannot interrupt a running statement (" + outcome + ")"));
    ctx.close();
  }

  /** Called by the exchange holding the wire when it expects no more responses. */
  void release(Exchange exchange) {
    if (wire == exchange) {
      wire = null;
      if (timeout != null) {
        timeout.cancel(false);
        timeout = null;
      }
      next();
    }
  }

  void send(Request request) {
    ctx.writeAndFlush(request.finish());
  }

  ChannelHandlerContext context() {
    return ctx;
  }

  long busyTimeoutNanos() {
    return options.getBusyTimeout() * 1_000_000L;
  }

  String beginStatement() {
    return "BEGIN " + options.getTransactionMode().name();
  }

  /** Runs {@code action} after {@code delayMillis} if {@code exchange} still holds the wire then. */
  java.util.concurrent.ScheduledFuture<?> later(Exchange exchange, long delayMillis, Runnable action) {
    return ctx.executor().schedule(() -> {
      if (wire == exchange && !inactive) {
        action.run();
      }
    }, delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  ResultDescs descs() {
    return descs;
  }

  String server() {
    return server;
  }

  void openCursor(String id, CursorStream stream) {
    cursors.put(id, stream);
  }

  void forgetCursor(String id) {
    cursors.remove(id);
  }

  /** Hands a result to whoever asked (the SQL client counts and completes it). */
  <R> void complete(Reply<R> reply, R result) {
    reply.complete(inactive ? null : ctx, result, null);
  }

  /** Hands a failure to whoever asked; a node that is not the leader cannot serve this connection again. */
  <R> void fail(Reply<R> reply, Throwable failure) {
    // once the socket closed, what goes up the pipeline is dropped: the reply completes its command itself then
    // (measured: a BEGIN in flight when the leader was killed never completed when its failure went up)
    reply.complete(inactive ? null : ctx, null, failure);
    if (!inactive && Failures.leaderGone(failure)) {
      notLeader = true;
      ctx.close();
    }
  }

  /** Sets whether the socket is read: a cursor stops reading while the rows nobody asked for yet pile up. */
  void reading(boolean on) {
    if (ctx.channel().config().isAutoRead() != on) {
      ctx.channel().config().setAutoRead(on);
      if (on) {
        ctx.read();
      }
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ByteBuf) {
      try {
        frames.read((ByteBuf) msg, this::dispatch);
      } catch (RuntimeException malformed) {
        // a response this driver cannot read: the connection's state is unknown, so it ends here and the
        // command on the wire fails (channelInactive) instead of waiting for ever
        Exchange current = wire;
        wire = null;
        if (current != null) {
          current.fail(Failures.protocol("dqlite protocol: a response this driver cannot read (" + malformed.getMessage()
            + "); the connection was closed"));
        }
        ctx.close();
      }
    } else {
      ctx.fireChannelRead(msg);
    }
  }

  private void dispatch(Body response) {
    if (response.type() == Wire.RESPONSE_FAILURE && Failures.leaderGone((int) response.peekWord())) {
      // decided before the exchange completes and frees the wire: the next request must not go to this node
      notLeader = true;
    }
    if (wire == null) {
      ctx.fireExceptionCaught(Failures.protocol("dqlite protocol: a response (" + response.type() + ") nobody asked for"));
      ctx.close();
      return;
    }
    wire.handle(response);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    inactive = true;
    Exchange current = wire;
    wire = null;
    if (current != null) {
      current.fail(Failures.connectionLost(server, current.writeInFlight()));
    }
    Exchange e;
    while ((e = waiting.poll()) != null) {
      e.fail(Failures.connectionLost(server, false));
    }
    for (CursorStream stream : cursors.values().toArray(new CursorStream[0])) {
      stream.fail(Failures.connectionLost(server, false));
    }
    cursors.clear();
    super.channelInactive(ctx);
  }
}
