package io.vertx.dqliteclient.impl;

import static io.vertx.dqliteclient.impl.ScriptedNodeTest.failure;
import static io.vertx.dqliteclient.impl.ScriptedNodeTest.get;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.DqliteConnection;
import io.vertx.dqliteclient.LeadershipException;
import io.vertx.sqlclient.SqlConnection;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** How a connection is set up: the leader search's requests, and where the connection ends up running. */
public class ConnectionSetUpTest {

  /**
   * Found in review: the search followed a follower to the leader from a callback that ran outside the
   * connection's context, and on Vert.x 4.5 the leader's socket then went to another event loop than the
   * connection's context, so two threads shared the SQL client's command queue.
   */
  @Test
  public void aConnectionReachedThroughAFollowerRunsOnItsContextsEventLoop() throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(16));
    try {
      for (int i = 0; i < 4; i++) {
        try (ScriptedNode leader = ScriptedNode.start((n, type) -> ScriptedNode.CLOSE);
             ScriptedNode follower = ScriptedNode.follower(leader)) {
          SqlConnection conn = get(DqliteConnection.connect(vertx,
            new DqliteConnectOptions().addNode("127.0.0.1", follower.port())), 10);
          assertTrue("connection " + i + ": its socket is on another event loop than its context",
            DqliteLineAccess.socketOnItsContextsEventLoop(conn));
          get(conn.close(), 10);
        }
      }
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Found in review: a set-up request written after its socket closed never reached the codec (gone with the
   * socket), and its outcome never completed; the search would have waited for ever.
   */
  @Test
  public void aSetUpRequestWrittenAfterTheSocketClosedFailsTyped() throws Exception {
    EmbeddedChannel channel = new EmbeddedChannel(new DqliteCodec("127.0.0.1:1", new DqliteConnectOptions()),
      new ChannelInboundHandlerAdapter());
    ChannelHandlerContext end = channel.pipeline().lastContext();
    channel.close().syncUninterruptibly();
    Throwable failed = failure(new ClosedNode(end).leader(), 5);
    assertTrue(String.valueOf(failed), failed instanceof LeadershipException);
    assertFalse(((LeadershipException) failed).outcomeUnknown());
  }

  /** A node connection whose socket is {@code end}'s channel. */
  private static final class ClosedNode implements NodeConnection {
    private final ChannelHandlerContext end;

    ClosedNode(ChannelHandlerContext end) {
      this.end = end;
    }

    @Override
    public ChannelHandlerContext pipeline() {
      return end;
    }

    @Override
    public <R> Promise<R> promise() {
      return Promise.promise();
    }

    @Override
    public String address() {
      return "127.0.0.1:1";
    }

    @Override
    public void opened(String sqliteVersion) {
    }

    @Override
    public boolean ready() {
      return false;
    }

    @Override
    public void closeSocket() {
      end.close();
    }
  }
}
