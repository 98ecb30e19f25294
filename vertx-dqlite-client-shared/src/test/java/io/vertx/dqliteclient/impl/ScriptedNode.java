package io.vertx.dqliteclient.impl;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A dqlite node that answers a connection's set-up (LEADER: itself, CLIENT, OPEN, the version query) and then
 * what a test's script says, request by request: for protocol edges a real cluster does not produce on demand.
 */
final class ScriptedNode implements AutoCloseable {

  /** What to answer to the n-th request after set-up (0-based, with its type): bytes, null (silence) or CLOSE. */
  interface Script {
    byte[] answer(int n, int type) throws Exception;
  }

  static final byte[] CLOSE = new byte[0];

  private final ServerSocket server;
  /** The leader it names, host:port; {@code null}: itself. */
  private final String leader;

  private ScriptedNode(ServerSocket server, String leader) {
    this.server = server;
    this.leader = leader;
  }

  static ScriptedNode start(Script script) throws IOException {
    return start(null, script);
  }

  /** A follower: it names {@code leader} as the leader, then closes the connection. */
  static ScriptedNode follower(ScriptedNode leader) throws IOException {
    return start("127.0.0.1:" + leader.port(), (n, type) -> CLOSE);
  }

  private static ScriptedNode start(String leader, Script script) throws IOException {
    ScriptedNode node = new ScriptedNode(new ServerSocket(0), leader);
    Thread thread = new Thread(() -> node.serve(script), "scripted-dqlite-node");
    thread.setDaemon(true);
    thread.start();
    return node;
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void serve(Script script) {
    String named = leader != null ? leader : "127.0.0.1:" + port();
    try (Socket s = server.accept()) {
      DataInputStream in = new DataInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      in.readFully(new byte[8]);
      for (int request = 0; ; request++) {
        byte[] header = new byte[8];
        in.readFully(header);
        int words = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        int type = header[4];
        in.readFully(new byte[words * 8]);
        byte[] answer;
        switch (request) {
          case 0: answer = response(1, words(0), text(named)); break;            // SERVER: the leader
          case 1:
            if (leader != null) {
              return; // a follower is left after LEADER
            }
            answer = response(2, words(15_000));                              // WELCOME
            break;
          case 2: answer = response(4, words(0)); break;                        // DB
          case 3: answer = response(7, words(1), text("v"), rowOfText(), text("3.40.1"), words(-1L)); break;
          default: answer = script.answer(request - 4, type);
        }
        if (answer == CLOSE) {
          return;
        }
        if (answer != null) {
          out.write(answer);
          out.flush();
        }
      }
    } catch (Exception closed) {
      // the client closed the connection, or the test is over
    }
  }

  /** A row header of one TEXT value. */
  static byte[] rowOfText() {
    byte[] header = new byte[8];
    header[0] = 3;
    return header;
  }

  static byte[] words(long... values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      b.putLong(v);
    }
    return b.array();
  }

  static byte[] text(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[(bytes.length + 1 + 7) / 8 * 8];
    System.arraycopy(bytes, 0, padded, 0, bytes.length);
    return padded;
  }

  static byte[] response(int type, byte[]... parts) {
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
