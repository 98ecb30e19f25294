package io.vertx.sqliteclient.impl;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The pipelined lane of a pool: up to {@code size} connections leased from the pool itself, each running up to
 * {@code limit} one-shot queries at once, queued on its engine thread. A Vert.x pool gives a connection one
 * command at a time, so each connection idles while a result travels to the event loop and the next query
 * travels back; queued here, the engine goes straight from one query to the next (docs/performance.md). As the
 * lane leases its connections from the pool, the pool's {@code maxSize} caps every connection open to the file.
 *
 * <p>A query goes to the least busy lease with room; a new lease is asked for when all are full and the lane is
 * below {@code size}; otherwise it waits, in order. A lease goes back to the pool as soon as the lane has no query
 * for it: after the event-loop turn in which its last query completed, so queries sent back to back (from that
 * query's handler) keep it, and connections handed out never wait behind an idle lease. The pool's wait-queue
 * size and connection timeout apply to queries waiting here too, and a lease older than the maximum lifetime
 * takes no new query and goes back once drained (checked once a second); idle timeout and lifetime eviction are
 * then the pool's, as for any connection.
 *
 * <p>Thread-safe: queries arrive from any event loop and complete on the connections' contexts. The state is
 * guarded by this object's monitor, and no connection or job is called while it is held.
 */
public final class OneShotLane<C> {

  /** What the lane needs from a Vert.x line: lease a connection of the pool, check it, give it back. */
  public interface Connector<C> {
    /** Leases a connection from the pool, on the current context. */
    void lease(BiConsumer<C, Throwable> done);

    boolean isValid(C connection);

    /** Gives {@code connection} back to the pool; {@code released} runs once the pool has it. */
    void release(C connection, Runnable released);
  }

  /** One query, waiting for or running on a connection. */
  public interface Job<C> {
    /** Runs on {@code connection}; {@code done} must run once when the query has completed. */
    void run(C connection, Runnable done);

    void fail(Throwable cause);
  }

  private static final long SWEEP_PERIOD_MS = 1000;

  private final Vertx vertx;
  private final Connector<C> connector;
  private final int size;
  private final int limit;
  private final int maxWaiters;
  private final long connectionTimeoutMs;
  private final long maxLifetimeMs;
  private final long sweepTimer;

  private final List<Slot<C>> slots = new ArrayList<>();
  /** Retired leases still running queries: they count toward {@code size} until given back. */
  private final List<Slot<C>> draining = new ArrayList<>();
  private final ArrayDeque<Waiter<C>> waiters = new ArrayDeque<>();
  /** Leases asked for and not granted yet. */
  private int leasing;
  /** Leases being given back: the lane's close waits for them. */
  private int releasing;
  /**
   * Leases (counted in {@code leasing}) asked for while another was being given back: asked from the pool once it
   * has that one back, so the pool hands it out again instead of opening a connection beside it.
   */
  private int leasingAfterRelease;
  private boolean closed;
  private final List<Runnable> whenClosed = new ArrayList<>();

  /** A lane of {@code size} leases of a pool built with {@code options}. */
  public OneShotLane(Vertx vertx, Connector<C> connector, int size, PoolOptions options, int limit) {
    this.vertx = vertx;
    this.connector = connector;
    this.size = Math.max(1, size);
    this.limit = Math.max(1, limit);
    this.maxWaiters = options.getMaxWaitQueueSize();
    this.connectionTimeoutMs = options.getConnectionTimeoutUnit().toMillis(options.getConnectionTimeout());
    this.maxLifetimeMs = options.getMaxLifetimeUnit().toMillis(options.getMaxLifetime());
    boolean sweeps = connectionTimeoutMs > 0 || maxLifetimeMs > 0;
    this.sweepTimer = sweeps ? vertx.setPeriodic(SWEEP_PERIOD_MS, id -> sweep()) : -1;
  }

  private static final class Slot<C> {
    final C connection;
    final long leased = now();
    int inFlight;
    /** Out of the lane (idle, invalid, too old): finishes what it runs, takes nothing new. */
    boolean retired;
    boolean givenBack;

    Slot(C connection) {
      this.connection = connection;
    }
  }

  private static final class Waiter<C> {
    final Job<C> job;
    final long since = now();

    Waiter(Job<C> job) {
      this.job = job;
    }
  }

  /** Runs {@code job} on a connection of this lane, leasing one from the pool if needed. */
  public void submit(Job<C> job) {
    Slot<C> slot = null;
    Throwable refused = null;
    boolean lease = false;
    synchronized (this) {
      if (closed) {
        refused = poolClosed();
      } else if ((slot = leastBusy()) != null) {
        slot.inFlight++;
      } else {
        lease = held() < size;
        // queries that leases being granted will take are not waiting for a free connection
        long granting = (long) (leasing + (lease ? 1 : 0)) * limit;
        if (maxWaiters >= 0 && waiters.size() >= maxWaiters + granting) {
          lease = false;
          refused = new ConnectionPoolTooBusyException("Too many one-shot queries waiting for a connection (max "
            + maxWaiters + ")");
        } else {
          waiters.add(new Waiter<>(job));
          if (lease) {
            leasing++;
            if (releasing > 0) {
              leasingAfterRelease++;
              lease = false;
            }
          }
        }
      }
    }
    if (refused != null) {
      job.fail(refused);
    } else if (slot != null) {
      run(slot, job);
    } else if (lease) {
      connector.lease(this::leased);
    }
  }

  /**
   * Gives every lease back and fails the waiting queries; {@code closed} runs once the pool has every lease
   * back. A lease granted after this goes straight back.
   */
  public void close(Runnable closed) {
    List<Slot<C>> toRelease = List.of();
    List<Waiter<C>> toFail = List.of();
    boolean first;
    synchronized (this) {
      first = !this.closed;
      whenClosed.add(closed);
      if (first) {
        this.closed = true;
        // the pool closes its connections too, so queries still running end there
        toRelease = new ArrayList<>(slots);
        toRelease.addAll(draining);
        draining.clear();
        toRelease.forEach(s -> s.retired = s.givenBack = true);
        slots.clear();
        toFail = new ArrayList<>(waiters);
        waiters.clear();
        leasing -= leasingAfterRelease; // never asked for: nothing to wait for
        leasingAfterRelease = 0;
        releasing += toRelease.size();
      }
    }
    if (first && sweepTimer >= 0) {
      vertx.cancelTimer(sweepTimer);
    }
    toRelease.forEach(s -> release(s.connection));
    toFail.forEach(w -> w.job.fail(poolClosed()));
    runIfAllReleased();
  }

  /** Gives back a connection the lane has let go of; the caller counted it in {@code releasing}. */
  private void release(C connection) {
    connector.release(connection, this::released);
  }

  private void released() {
    boolean lease = false;
    synchronized (this) {
      releasing--;
      if (leasingAfterRelease > 0 && !closed) {
        leasingAfterRelease--;
        lease = true;
      }
    }
    if (lease) {
      connector.lease(this::leased);
    }
    runIfAllReleased();
  }

  private void runIfAllReleased() {
    List<Runnable> callbacks;
    synchronized (this) {
      if (!closed || releasing > 0 || leasing > 0 || whenClosed.isEmpty()) {
        return;
      }
      callbacks = new ArrayList<>(whenClosed);
      whenClosed.clear();
    }
    callbacks.forEach(Runnable::run);
  }

  /** Leases held or asked for. */
  private int held() {
    return slots.size() + draining.size() + leasing;
  }

  private Slot<C> leastBusy() {
    Slot<C> best = null;
    for (Slot<C> s : slots) {
      if (s.inFlight < limit && (best == null || s.inFlight < best.inFlight)) {
        best = s;
      }
    }
    return best;
  }

  private void run(Slot<C> slot, Job<C> job) {
    job.run(slot.connection, () -> done(slot));
  }

  private void leased(C connection, Throwable failure) {
    List<Job<C>> toRun = new ArrayList<>();
    List<Job<C>> toFail = new ArrayList<>();
    Slot<C> slot = null;
    boolean giveBack = false;
    synchronized (this) {
      leasing--;
      if (failure != null) {
        // with no lease left to wait for, waiting would be forever
        if (slots.isEmpty() && leasing == 0) {
          waiters.forEach(w -> toFail.add(w.job));
          waiters.clear();
        }
      } else if (closed || waiters.isEmpty()) {
        giveBack = true;
        releasing++;
      } else {
        slot = new Slot<>(connection);
        slots.add(slot);
        while (slot.inFlight < limit && !waiters.isEmpty()) {
          slot.inFlight++;
          toRun.add(waiters.poll().job);
        }
      }
    }
    if (giveBack) {
      release(connection);
    }
    for (Job<C> job : toFail) {
      job.fail(failure);
    }
    for (Job<C> job : toRun) {
      run(slot, job);
    }
    runIfAllReleased(); // a close may be waiting for this lease
  }

  private void done(Slot<C> slot) {
    Job<C> next = null;
    boolean giveBack = false;
    boolean lease = false;
    boolean idle = false;
    synchronized (this) {
      slot.inFlight--;
      if (slot.retired || closed) {
        giveBack = takeBack(slot);
        lease = leaseForWaiters();
      } else if (!connector.isValid(slot.connection)) {
        giveBack = retire(slot);
        lease = leaseForWaiters();
      } else if (!waiters.isEmpty()) {
        slot.inFlight++;
        next = waiters.poll().job;
      } else {
        idle = slot.inFlight == 0;
      }
    }
    if (giveBack) {
      release(slot.connection);
    }
    if (next != null) {
      run(slot, next);
    }
    if (lease) {
      connector.lease(this::leased);
    }
    if (idle) {
      // a query sent from the handler of the one that just completed still finds the lease
      Context context = Vertx.currentContext();
      if (context != null) {
        context.runOnContext(v -> releaseIfIdle(slot));
      } else {
        releaseIfIdle(slot);
      }
    }
  }

  private void releaseIfIdle(Slot<C> slot) {
    boolean giveBack;
    synchronized (this) {
      giveBack = slot.inFlight == 0 && !slot.retired && !closed && retire(slot);
    }
    if (giveBack) {
      release(slot.connection);
    }
  }

  /** Takes {@code slot} out of the lane; true if the caller must give it back now (nothing runs on it). */
  private boolean retire(Slot<C> slot) {
    slot.retired = true;
    slots.remove(slot);
    draining.add(slot);
    return takeBack(slot);
  }

  /**
   * True if queries wait with room for one more lease and none is asked for that would take them (a lease was
   * retired while they waited): the caller asks for one, counted here.
   */
  private boolean leaseForWaiters() {
    if (closed || waiters.isEmpty() || held() >= size) {
      return false;
    }
    leasing++;
    return true;
  }

  /** True, once, when a retired lease has drained: the caller gives it back. */
  private boolean takeBack(Slot<C> slot) {
    if (!slot.retired || slot.givenBack || slot.inFlight > 0) {
      return false;
    }
    slot.givenBack = true;
    draining.remove(slot);
    releasing++;
    return true;
  }

  private void sweep() {
    List<Job<C>> expired = new ArrayList<>();
    List<C> old = new ArrayList<>();
    boolean lease;
    synchronized (this) {
      long now = now();
      while (connectionTimeoutMs > 0 && !waiters.isEmpty() && now - waiters.peek().since >= connectionTimeoutMs) {
        expired.add(waiters.poll().job);
      }
      if (maxLifetimeMs > 0) {
        for (Slot<C> s : new ArrayList<>(slots)) {
          if (now - s.leased >= maxLifetimeMs && retire(s)) {
            old.add(s.connection);
          }
        }
      }
      lease = leaseForWaiters();
    }
    old.forEach(this::release);
    if (lease) {
      connector.lease(this::leased);
    }
    expired.forEach(job -> job.fail(new VertxException("Timeout waiting for a connection of the pool ("
      + connectionTimeoutMs + " ms)", true)));
  }

  private static VertxException poolClosed() {
    return new VertxException("Pool closed", true);
  }

  private static long now() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
  }
}
