package io.vertx.dqliteclient.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.DqliteConnection;
import io.vertx.sqliteclient.SqliteException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * A node that answers the connection's set-up, then a query with a ROWS response cut short: the query fails
 * with a protocol error instead of waiting for ever, and the connection is closed.
 */
public class MalformedResponseTest {

  @Test
  public void aResponseTheDriverCannotReadFailsTheCommandAndClosesTheConnection() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      String self = "127.0.0.1:" + server.getLocalPort();
      Thread node = new Thread(() -> serve(server, self));
      node.setDaemon(true);
      node.start();
      Vertx vertx = Vertx.vertx();
      try {
        var conn = DqliteConnection.connect(vertx, new DqliteConnectOptions().addNode("127.0.0.1", server.getLocalPort()))
          .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        Throwable failure = conn.query("SELECT 1").execute().transform(ar -> io.vertx.core.Future.succeededFuture(ar.cause()))
          .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertTrue(String.valueOf(failure), failure instanceof SqliteException);
        assertEquals("DQLITE_PROTO", ((SqliteException) failure).getCodeName());
      } finally {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
    }
  }

  /** Handshake; LEADER -> itself; CLIENT -> WELCOME; OPEN -> DB; the version query -> one row; then a broken ROWS. */
  private static void serve(ServerSocket server, String self) {
    try (Socket s = server.accept()) {
      DataInputStream in = new DataInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      in.readFully(new byte[8]);
      for (int request = 0; ; request++) {
        byte[] header = new byte[8];
        in.readFully(header);
        int words = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        in.readFully(new byte[words * 8]);
        switch (request) {
          case 0: out.write(response(1, words(0), text(self))); break;            // SERVER
          case 1: out.write(response(2, words(15_000))); break;                  // WELCOME
          case 2: out.write(response(4, words(0))); break;                       // DB
          case 3: out.write(response(7, words(1), text("v"), rowOfText(), text("3.40.1"), words(-1L))); break;
          default: out.write(response(7, words(1), text("x"))); break;           // ROWS with no row and no end
        }
        out.flush();
      }
    } catch (IOException closed) {
      // the client closed the connection
    }
  }

  private static byte[] rowOfText() {
    byte[] header = new byte[8];
    header[0] = 3; // one TEXT value
    return header;
  }

  private static byte[] words(long... values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      b.putLong(v);
    }
    return b.array();
  }

  private static byte[] text(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[(bytes.length + 1 + 7) / 8 * 8];
    System.arraycopy(bytes, 0, padded, 0, bytes.length);
    return padded;
  }

  private static byte[] response(int type, byte[]... parts) {
    int size = 0;
    for (byte[] p : parts) {
      size += p.length;
    }
    ByteBuffer b = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(size / 8).put((byte) type).put((byte) 0).putShort((short) 0);
    for (byte[] p : parts) {
      b.put(p);
    }
    return b.array();
  }
}
