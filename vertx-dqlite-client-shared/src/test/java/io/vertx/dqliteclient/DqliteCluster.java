package io.vertx.dqliteclient;

import org.junit.Assume;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real dqlite cluster on the loopback interface for tests, made of {@code dqlite-demo} processes from Debian's
 * {@code go-dqlite} package, with the {@code dqlite} shell of the same package to ask the cluster about itself.
 * <p>
 * Each node gets fresh ports (so tests never collide with each other or with a cluster somebody started by hand on
 * the usual 9001..) and its own temporary data directory, holding {@code node.log} (the node's output, verbose)
 * and, in a sub-directory named after its db address, the Raft state dqlite-demo writes.
 * <p>
 * Every wait polls a condition against a deadline: start-up, elections and re-joins take 1 to 10 s depending on the
 * machine, so a fixed sleep would be either flaky or slow.
 */
public final class DqliteCluster implements AutoCloseable {

  private static final String NODE = "dqlite-demo";
  private static final String SHELL = "dqlite";
  /** How long one {@code dqlite} shell call may take: it blocks (forever) while no leader can be reached. */
  private static final long SHELL_TIMEOUT_MS = 3_000;
  private static final long START_TIMEOUT_MS = 30_000;
  private static final long LEADER_TIMEOUT_MS = 15_000;
  private static final long PORT_TIMEOUT_MS = 10_000;

  /** Every cluster not closed yet, killed by one JVM shutdown hook so no node outlives the test JVM. */
  private static final Set<DqliteCluster> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(DqliteCluster::close), "dqlite-cluster-reaper"));
  }

  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, Process> processes = new ConcurrentHashMap<>();

  /**
   * dbPort: what clients and the shell talk to; apiPort: the demo's HTTP API, unused but dqlite-demo insists on
   * binding it; join: the db address to join, null for the first node, which bootstraps the cluster.
   */
  private record Node(int dbPort, int apiPort, Path dir, String join) {
    String address() { return "127.0.0.1:" + dbPort; }
    Path log() { return dir.resolve("node.log"); }
  }

  private DqliteCluster() {}

  /** Skips the calling test (with the reason) on machines without go-dqlite, rather than failing it. */
  public static void assumeAvailable() {
    Assume.assumeTrue(NODE + " and " + SHELL + " are not on the PATH: apt-get install go-dqlite to run the dqlite tests",
      onPath(NODE) && onPath(SHELL));
  }

  /**
   * Starts {@code count} nodes and returns once every one of them is a voter and a leader is elected. The first node
   * bootstraps the cluster alone; the others join it, and the leader promotes them one by one (about 1 s each).
   */
  public static DqliteCluster start(int count) {
    DqliteCluster cluster = new DqliteCluster();
    LIVE.add(cluster);
    try {
      int[] ports = freePorts(2 * count);
      for (int i = 0; i < count; i++) {
        String join = i == 0 ? null : cluster.nodes.get(0).address();
        Node node = new Node(ports[2 * i], ports[2 * i + 1], Files.createTempDirectory("dqlite-node"), join);
        cluster.nodes.add(node);
        cluster.launch(node);
        // A joiner retries a closed port once a second, forever: waiting for each port (~50 ms) makes a node that
        // cannot start (port taken meanwhile) fail here, with its log, instead of as a 30 s time-out.
        cluster.awaitPort(node);
      }
      // Nodes join as spares and are promoted to voters asynchronously: wait for the leader's view, not ours.
      cluster.await(START_TIMEOUT_MS, "all " + count + " nodes voters and a leader elected",
        () -> cluster.voters().containsAll(cluster.addresses()) && !cluster.queryLeader().isEmpty());
      return cluster;
    } catch (IOException | RuntimeException e) {
      String logs = cluster.logs();
      cluster.close();
      throw new IllegalStateException("dqlite cluster did not start: " + e.getMessage() + "\n" + logs, e);
    }
  }

  /** The db address of each node, "127.0.0.1:port", in start order (killed nodes included). */
  public List<String> addresses() {
    return nodes.stream().map(Node::address).toList();
  }

  /** {@code dqlite://127.0.0.1:p1,127.0.0.1:p2,.../database}: the URI of all nodes, for the client under test. */
  public String uri(String database) {
    return "dqlite://" + String.join(",", addresses()) + "/" + database;
  }

  /** The current leader's address, polling up to 15 s while there is none (e.g. during an election). */
  public String leader() {
    String[] leader = {""};
    await(LEADER_TIMEOUT_MS, "a leader", () -> !(leader[0] = queryLeader()).isEmpty());
    return leader[0];
  }

  /**
   * The addresses the leader lists as voters; empty when no leader answers in time. {@code .cluster} prints one line
   * per node: "2dc171858c3155be|127.0.0.1:9001|voter" (other roles: standby, spare).
   */
  public List<String> voters() {
    List<String> voters = new ArrayList<>();
    for (String line : shell(".cluster", runningAddresses()).split("\n")) {
      String[] fields = line.split("\\|");
      if (fields.length == 3 && fields[2].trim().equals("voter")) {
        voters.add(fields[1].trim());
      }
    }
    return voters;
  }

  /** SIGKILLs the node: no graceful hand-over, just like a crash. */
  public void kill(String address) {
    Optional.ofNullable(processes.get(node(address).address())).ifPresent(p -> p.destroyForcibly().onExit().join());
  }

  /**
   * Starts a killed node again, same ports and same data directory. dqlite-demo then recovers its identity and log
   * from the directory and ignores {@code --join} (which is passed again, as the first time, harmlessly): it is the
   * same cluster member, not a new one, so the membership ({@code .cluster}) never changed. Returns once its db
   * port accepts connections; catching up with the leader happens in the background within a heartbeat or two.
   */
  public void restart(String address) {
    Node node = node(address);
    if (isRunning(address)) {
      throw new IllegalStateException(address + " is running");
    }
    launch(node);
    awaitPort(node);
  }

  public boolean isRunning(String address) {
    Process process = processes.get(node(address).address());
    return process != null && process.isAlive();
  }

  /** The last lines of each node's log, to print when a test fails. */
  public String logs() {
    StringBuilder sb = new StringBuilder();
    for (Node node : nodes) {
      sb.append("---- ").append(node.address()).append(isRunning(node.address()) ? " (running)" : " (stopped)")
        .append(", ").append(node.log()).append('\n');
      try {
        List<String> lines = Files.exists(node.log()) ? Files.readAllLines(node.log()) : List.of();
        lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> sb.append(l).append('\n'));
      } catch (IOException e) {
        sb.append("(unreadable: ").append(e).append(")\n");
      }
    }
    return sb.toString();
  }

  /** Kills every node and deletes their data directories. Idempotent. */
  @Override
  public void close() {
    for (Node node : nodes) {
      kill(node.address());
      try (Stream<Path> files = Files.walk(node.dir())) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException alreadyGone) {
      }
    }
    LIVE.remove(this);
  }

  private void launch(Node node) {
    List<String> cmd = new ArrayList<>(List.of(NODE, "--api", "127.0.0.1:" + node.apiPort(), "--db", node.address(),
      "--dir", node.dir().toString(), "--verbose"));
    if (node.join() != null) {
      cmd.addAll(List.of("--join", node.join()));
    }
    try {
      // Appending: a restarted node's log follows its previous life's.
      processes.put(node.address(), new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(node.log().toFile())).start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + NODE + " (apt-get install go-dqlite)", e);
    }
  }

  private void awaitPort(Node node) {
    Process process = processes.get(node.address());
    await(PORT_TIMEOUT_MS, node.address() + " accepting connections", () -> {
      if (!process.isAlive()) {
        // e.g. "failed to set bind address": someone took the port between freePorts() and now
        throw new IllegalStateException(node.address() + " exited with " + process.exitValue());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), node.dbPort()), 500);
        return true;
      } catch (IOException e) {
        return false;
      }
    });
  }

  /** The leader's address as the running nodes report it, or "" when none is known (yet). */
  private String queryLeader() {
    return shell(".leader", runningAddresses()).trim();
  }

  /**
   * Runs one {@code dqlite} shell command against the given servers and returns its output, without the shell's
   * "dqlite> " prompts. The shell finds the leader itself and blocks (forever) while there is none, hence the
   * timeout; a timed out call returns "", as the shell prints nothing before it has its answer.
   */
  String shell(String command, List<String> servers) {
    if (servers.isEmpty()) {
      return "";
    }
    try {
      Process p = new ProcessBuilder(SHELL, "-s", String.join(",", servers), "x").redirectErrorStream(true).start();
      try (OutputStream in = p.getOutputStream()) {
        in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(SHELL_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor();  // this closes our end of its output too
        return "";
      }
      // Read after exit: the answers are a few lines, far below the pipe's buffer, so the shell never blocks on us.
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return out.replace("dqlite> ", "").replace("dqlite>", "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + SHELL + " (apt-get install go-dqlite)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<String> runningAddresses() {
    return nodes.stream().filter(n -> isRunning(n.address())).map(Node::address).toList();
  }

  private Node node(String address) {
    return nodes.stream().filter(n -> n.address().equals(address)).findFirst()
      .orElseThrow(() -> new IllegalArgumentException(address + " is not a node of " + addresses()));
  }

  private void await(long timeoutMs, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out after " + timeoutMs + " ms waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Ports the kernel considers free now; all sockets are held open together so the ports are distinct. */
  private static int[] freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      while (sockets.size() < count) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }

  private static boolean onPath(String executable) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
      .anyMatch(dir -> new File(dir, executable).canExecute());
  }
}
