package io.vertx.dqliteclient;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The harness itself against a real 3-node cluster: elections and a crash-restart, the scenarios the client's
 * fail-over tests rely on. Every step waits for a condition with a deadline, never for a fixed time.
 */
public class DqliteClusterTest {

  private DqliteCluster cluster;

  /**
   * Prints the nodes' logs when a test fails, then closes the cluster: a rule rather than @After, because rules
   * report failures after @After has run, and by then the logs would be deleted.
   */
  @Rule
  public final TestWatcher closeCluster = new TestWatcher() {
    @Override
    protected void failed(Throwable e, Description description) {
      if (cluster != null) {
        System.err.println(cluster.logs());
      }
    }

    @Override
    protected void finished(Description description) {
      if (cluster != null) {
        cluster.close();
      }
    }
  };

  @Before
  public void setUp() {
    DqliteCluster.assumeAvailable();
    cluster = DqliteCluster.start(3);
  }

  @Test
  public void startsThreeVotersWithALeader() {
    List<String> addresses = cluster.addresses();
    assertEquals(3, addresses.size());
    assertEquals(3, addresses.stream().distinct().count());
    addresses.forEach(a -> assertTrue(a, a.matches("127\\.0\\.0\\.1:\\d+")));
    assertTrue(cluster.voters().containsAll(addresses));
    assertTrue(addresses.contains(cluster.leader()));
    assertEquals("dqlite://" + String.join(",", addresses) + "/db", cluster.uri("db"));
  }

  @Test
  public void electsANewLeaderWhenTheLeaderIsKilledAndTakesItBackOnRestart() {
    String old = cluster.leader();
    cluster.kill(old);
    assertFalse(cluster.isRunning(old));

    // leader() asks the surviving nodes only and the shell connects to the leader it reports, so any answer is a
    // live leader; still, compare with the old one rather than trust that.
    long killed = System.nanoTime();
    String[] next = {null};
    await(15, "a new leader", () -> !old.equals(next[0] = cluster.leader()));
    long electionMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
    System.out.printf("new leader %s elected %d ms after killing %s%n", next[0], electionMs, old);
    assertTrue("election took " + electionMs + " ms", electionMs <= 15_000);
    assertNotEquals(old, next[0]);
    assertTrue(cluster.addresses().contains(next[0]));

    cluster.restart(old);
    assertTrue(cluster.isRunning(old));
    // Same identity and data dir, so still a member; and it answers for the cluster by itself once it has heard from
    // the new leader, which proves it rejoined rather than just opened its port.
    await(15, old + " listed as a voter", () -> cluster.voters().contains(old));
    await(15, old + " knowing the leader", () -> !cluster.shell(".leader", List.of(old)).trim().isEmpty());
    assertTrue(cluster.isRunning(old));
  }

  private static void await(int seconds, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("no " + what + " within " + seconds + " s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
