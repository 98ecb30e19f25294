package io.vertx.sqliteclient.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.dqliteclient.DqliteBuilder;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Three {@value Dqlite#DEMO} processes on loopback, node 2 and 3 joining node 1, each with a temporary directory. They
 * join as spares and the leader promotes them to voters within a few seconds; {@value #SHELL}, the shell of the
 * same package, reads the leader's list ({@code .cluster}).
 */
final class DqliteDemoCluster implements AutoCloseable {

  private static final int NODES = 3;
  private static final String HOST = "127.0.0.1";
  private static final String SHELL = "dqlite";

  private final Path dir;
  /** The {@value #SHELL} shell, or null: then node 1's cluster.yaml, which the demo rewrites only every ~30 s. */
  private final Path shell;
  private final List<Process> nodes = new ArrayList<>();
  private final List<Integer> dbPorts = new ArrayList<>();
  private final Thread hook = new Thread(this::stop, "dqlite-demo-cleanup");
  private boolean closed;

  private DqliteDemoCluster(Path dir, Path shell) {
    this.dir = dir;
    this.shell = shell;
  }

  /** Starts the nodes; a port taken between choosing it and binding it makes that node exit, so try again. */
  static DqliteDemoCluster start(Path demo) throws Exception {
    Path sibling = demo.resolveSibling(SHELL);
    Path shell = Files.isExecutable(sibling) ? sibling : Dqlite.onPath(SHELL);
    Exception last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      DqliteDemoCluster c = new DqliteDemoCluster(Files.createTempDirectory("vertx-sqlite-bench-dqlite-"), shell);
      Runtime.getRuntime().addShutdownHook(c.hook);
      try {
        c.launch(demo);
        return c;
      } catch (Exception e) {
        last = e;
        e.addSuppressed(new IOException("node output:" + c.logTail()));
        c.close();
      }
    }
    throw last;
  }

  private void launch(Path demo) throws Exception {
    int[] ports = freePorts(2 * NODES);
    for (int n = 0; n < NODES; n++) {
      int api = ports[2 * n];
      int db = ports[2 * n + 1];
      Path nodeDir = Files.createDirectories(dir.resolve("node" + (n + 1)));
      List<String> cmd = new ArrayList<>(List.of(demo.toString(), "--api", HOST + ":" + api, "--db", HOST + ":" + db,
        "--dir", nodeDir.toString()));
      if (n > 0) {
        cmd.addAll(List.of("--join", HOST + ":" + dbPorts.get(0)));
      }
      File log = dir.resolve("node" + (n + 1) + ".log").toFile();
      nodes.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start());
      dbPorts.add(db);
      // the others join through node 1; a node that cannot bind its port exits, and fails here
      awaitListening(n + 1, db, nodes.get(n));
    }
  }

  String uri() {
    StringBuilder sb = new StringBuilder("dqlite://");
    for (int i = 0; i < dbPorts.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(HOST).append(':').append(dbPorts.get(i));
    }
    return sb.append('/').append(Dqlite.DATABASE).toString();
  }

  String dbAddresses() {
    return HOST + ":" + dbPorts;
  }

  /**
   * Polls until the driver opens the database and {@code SELECT sqlite_version()} answers, and the leader lists
   * three voters (the demo promotes joined nodes in the background: until then a write would commit on fewer
   * nodes than measured). Returns SQLite's version.
   */
  String awaitReady(Vertx vertx, DqliteConnectOptions options) throws Exception {
    long deadline = System.nanoTime() + Dqlite.START_DEADLINE_MILLIS * 1_000_000;
    Exception last = null;
    String version = null;
    while (System.nanoTime() - deadline < 0) {
      for (Process p : nodes) {
        if (!p.isAlive()) {
          throw new IOException("a node exited with status " + p.exitValue());
        }
      }
      if (version == null) {
        try {
          version = Dqlite.selectOne(vertx, new DqliteConnectOptions(options).setLeaderTimeoutMillis(2_000), 10);
        } catch (Exception e) {
          last = e;
        }
      }
      int voters = voters();
      if (version != null && voters == NODES) {
        return version;
      }
      if (version != null) {
        last = new IOException((shell != null ? "the leader lists " : "node 1's cluster.yaml lists ") + voters
          + " voters of " + NODES);
      }
      Thread.sleep(200);
    }
    throw new TimeoutException("not ready within " + Dqlite.START_DEADLINE_MILLIS / 1000 + " s"
      + (last == null ? "" : " (last: " + Dqlite.reason(last) + ")"));
  }

  /** Our nodes the leader lists as voters, asking through {@link #shell}; without it, from node 1's cluster.yaml. */
  private int voters() {
    if (shell != null) {
      return votersFromShell();
    }
    try (Stream<Path> files = Files.walk(dir.resolve("node1"))) {
      Path yaml = files.filter(f -> f.getFileName().toString().equals("cluster.yaml")).findFirst().orElse(null);
      if (yaml == null) {
        return 0;
      }
      return (int) Files.readAllLines(yaml, StandardCharsets.UTF_8).stream()
        .filter(l -> l.trim().equals("Role: 0")).count();
    } catch (IOException e) {
      return 0; // being rewritten
    }
  }

  /**
   * {@code dqlite -s ADDRESSES bench .cluster} prints a line per member, "id|address|role"; it blocks while no
   * leader answers, hence the time limit (0 voters then).
   */
  private int votersFromShell() {
    List<String> addresses = dbPorts.stream().map(p -> HOST + ":" + p).toList();
    Path out = dir.resolve("cluster.txt");
    try {
      Process p = new ProcessBuilder(shell.toString(), "-s", String.join(",", addresses), Dqlite.DATABASE, ".cluster")
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(3, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
        return 0;
      }
      return (int) Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(l -> l.split("\\|"))
        .filter(f -> f.length == 3 && f[2].trim().equals("voter") && addresses.contains(f[1].trim())).count();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static void awaitListening(int node, int port, Process p) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() - deadline < 0) {
      if (!p.isAlive()) {
        throw new IOException("node " + node + " exited with status " + p.exitValue());
      }
      try (Socket s = new Socket(HOST, port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    throw new TimeoutException("node " + node + " did not listen on " + HOST + ":" + port + " within 20 s");
  }

  private static int[] freePorts(int n) throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST));
        held.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket s : held) {
        s.close();
      }
    }
  }

  /** The last lines each node printed, for a failure's reason. */
  String logTail() {
    StringBuilder sb = new StringBuilder();
    for (int n = 1; n <= NODES; n++) {
      Path log = dir.resolve("node" + n + ".log");
      try {
        if (Files.exists(log)) {
          List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
          List<String> tail = lines.subList(Math.max(0, lines.size() - 3), lines.size());
          if (!tail.isEmpty()) {
            sb.append("; node ").append(n).append(": ").append(String.join(" / ", tail));
          }
        }
      } catch (IOException e) {
        // no tail, then
      }
    }
    return sb.toString();
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs (or ran) stop() itself
    }
  }

  /**
   * Kills the nodes (SIGKILL: on SIGTERM a demo node first tries to hand leadership over, which hangs when the
   * others are going too; their data is thrown away anyway) and deletes their directories.
   */
  private synchronized void stop() {
    if (closed) {
      return;
    }
    closed = true;
    for (Process p : nodes) {
      p.destroyForcibly();
    }
    for (Process p : nodes) {
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }
}
