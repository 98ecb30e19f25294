package io.vertx.sqliteclient.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example's main run in a JVM of its own, in a working directory of the test's choosing, as a user runs it:
 * the test reads its output, sends it SIGTERM ({@link Process#destroy()} on Linux) and looks at the files left.
 */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private final Path stderr;

  private ChildJvm(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          stdout.add(line);
        }
      } catch (IOException ignored) {
        // the process is gone; what it printed is in the queue
      }
    }, "child-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  static ChildJvm start(Path workDir, Class<?> main, String... args) throws IOException {
    // surefire runs tests from a manifest-only jar; this property holds the real class path
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
      Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", classPath, main.getName()));
    command.addAll(List.of(args));
    Files.createDirectories(workDir);
    Path stderr = workDir.resolveSibling(workDir.getFileName() + "-stderr.txt");   // beside it: the test looks inside
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
      .redirectError(stderr.toFile()).start();
    return new ChildJvm(process, stderr);
  }

  /** Waits for a line of output matching {@code regex} and returns its match; fails saying what was printed. */
  Matcher awaitLine(String regex, long seconds) throws Exception {
    Pattern pattern = Pattern.compile(regex);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      String line = stdout.poll(100, TimeUnit.MILLISECONDS);
      if (line != null) {
        seen.add(line);
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return m;
        }
      }
    }
    throw new AssertionError("no line matching " + regex + " within " + seconds + " s; printed: " + seen
      + "; stderr: " + stderr());
  }

  /** The exit code once the process ends by itself; fails if it does not within {@code seconds}. */
  int awaitExit(long seconds) throws Exception {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("still running after " + seconds + " s; stderr: " + stderr());
    }
    return process.exitValue();
  }

  /** Sends SIGTERM, as Ctrl-C, {@code kill} or a container stop do, and waits for the JVM to end. */
  int terminate() throws Exception {
    process.destroy();
    return awaitExit(30);
  }

  String stderr() throws IOException {
    return Files.exists(stderr) ? Files.readString(stderr) : "";
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
