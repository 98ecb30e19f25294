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
 * A pool's pipelined lane: its one-shot queries, on up to half of the pool's connections (leased from the pool,
 * so {@code maxSize} caps every connection to the file), each taking up to {@code limit} queries at once, queued on
 * its engine thread, which goes straight from one to the next instead of idling while a result travels to the event
 * loop and the next query back (docs/performance.md). Each line's {@code PipelinedLaneClient} makes its jobs.
 *
 * <p>A query goes to the least busy active lease with room; a new lease is asked for when all are full and the lane
 * is below its size; otherwise it waits, in order. A lease goes back to the pool as soon as the lane has no query
 * for it: after the event-loop turn in which its last query completed, so queries sent back to back keep it, and
 * connections handed out never wait behind an idle lease. The pool's wait-queue size and connection timeout apply
 * to queries waiting here too, and a lease older than the maximum lifetime takes no new query and goes back once
 * drained (checked once a second); idle timeout and lifetime eviction are then the pool's, as for any connection.
 *
 * <p>Thread-safe: queries arrive from any event loop and complete on the connections' contexts. The state is
 * guarded by this object's monitor, and no connection or job is called while it is held.
 */
public final class PipelinedLane<C> {

  /** What the lane needs from a Vert.x line: lease a connection of the pool, check it, give it back. */
  public interface Connector<C> {
    /** Leases a connection from the pool, on the current context. */
    void lease(BiConsumer<C, Throwable> done);

    boolean isValid(C connection);

    /** Gives {@code connection} back to the pool; {@code released} runs once the pool has it. */
    void release(C connection, Runnable released);
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

  /** Leases held, active or draining: they count toward {@code size} until given back. */
  private final List<Lease<C>> leases = new ArrayList<>();
  private final ArrayDeque<Waiter<C>> waiters = new ArrayDeque<>();
  /** Leases asked for and not granted yet. */
  private int leasing;
  /** Of {@code leasing}, those asked for while a lease goes back: asked once the pool has it, to hand it out again. */
  private int leasingAfterRelease;
  /** Leases being given back: the lane's close waits for them. */
  private int releasing;
  private boolean closed;
  private final List<Runnable> whenClosed = new ArrayList<>();

  /** The lane of a pool built with {@code options}. */
  public PipelinedLane(Vertx vertx, Connector<C> connector, PoolOptions options, int limit) {
    this.vertx = vertx;
    this.connector = connector;
    this.size = PoolWithLane.laneLeases(options);
    this.limit = Math.max(1, limit);
    this.maxWaiters = options.getMaxWaitQueueSize();
    this.connectionTimeoutMs = options.getConnectionTimeoutUnit().toMillis(options.getConnectionTimeout());
    this.maxLifetimeMs = options.getMaxLifetimeUnit().toMillis(options.getMaxLifetime());
    boolean sweeps = connectionTimeoutMs > 0 || maxLifetimeMs > 0;
    this.sweepTimer = sweeps ? vertx.setPeriodic(SWEEP_PERIOD_MS, id -> sweep()) : -1;
  }

  /** A lease's life: it takes queries, then (idle, invalid, too old, closing) only finishes them, then it is back. */
  private enum State { ACTIVE, DRAINING, GIVEN_BACK }

  private static final class Lease<C> {
    final C connection;
    final long leased = now();
    int inFlight;
    State state = State.ACTIVE;

    Lease(C connection) {
      this.connection = connection;
    }
  }

  private static final class Waiter<C> {
    final LaneJob<C> job;
    final long since = now();

    Waiter(LaneJob<C> job) {
      this.job = job;
    }
  }

  /** Runs {@code job} on a connection of this lane, leasing one from the pool if needed. */
  public void submit(LaneJob<C> job) {
    Lease<C> lease = null;
    Throwable refused = null;
    boolean askPool = false;
    synchronized (this) {
      if (closed) {
        refused = poolClosed();
      } else if ((lease = leaseFor(job)) != null) {
        lease.inFlight++;
      } else {
        // a write waits for the lease being granted, or the full one, rather than take a second connection
        askPool = leases.size() + leasing < size
          && (!job.writes() || leasing == 0 && leases.stream().noneMatch(l -> l.state == State.ACTIVE));
        // queries that leases being granted will take are not waiting for a free connection
        long granting = (long) (leasing + (askPool ? 1 : 0)) * limit;
        if (maxWaiters >= 0 && waiters.size() >= maxWaiters + granting) {
          askPool = false;
          refused = new ConnectionPoolTooBusyException("Too many one-shot queries waiting for a connection (max "
            + maxWaiters + ")");
        } else {
          waiters.add(new Waiter<>(job));
          if (askPool) {
            leasing++;
            if (releasing > 0) {
              leasingAfterRelease++;
              askPool = false;
            }
          }
        }
      }
    }
    if (refused != null) {
      job.fail(refused);
    } else if (lease != null) {
      run(lease, job);
    } else if (askPool) {
      connector.lease(this::leased);
    }
  }

  /**
   * Gives every lease back and fails the waiting queries; {@code closed} runs once the pool has every lease
   * back. A lease granted after this goes straight back.
   */
  public void close(Runnable closed) {
    List<Lease<C>> toRelease = new ArrayList<>();
    List<Waiter<C>> toFail = List.of();
    boolean first;
    synchronized (this) {
      first = !this.closed;
      whenClosed.add(closed);
      if (first) {
        this.closed = true;
        // the pool closes its connections too, so queries still running end there
        for (Lease<C> lease : new ArrayList<>(leases)) {
          giveBack(lease, true);
          toRelease.add(lease);
        }
        toFail = new ArrayList<>(waiters);
        waiters.clear();
        leasing -= leasingAfterRelease; // never asked for: nothing to wait for
        leasingAfterRelease = 0;
      }
    }
    if (first && sweepTimer >= 0) {
      vertx.cancelTimer(sweepTimer);
    }
    toRelease.forEach(this::release);
    toFail.forEach(w -> w.job.fail(poolClosed()));
    runIfAllReleased();
  }

  // ---- a lease's life: every change of state is here ----

  /** ACTIVE → DRAINING: takes no new query; true if the caller must give it back now (nothing runs on it). */
  private boolean retire(Lease<C> lease) {
    if (lease.state == State.ACTIVE) {
      lease.state = State.DRAINING;
    }
    return giveBack(lease, false);
  }

  /**
   * DRAINING → GIVEN_BACK once nothing runs on it, or any lease at once when the lane closes ({@code now}): true,
   * once, when the caller must give it back.
   */
  private boolean giveBack(Lease<C> lease, boolean now) {
    if (lease.state == State.GIVEN_BACK || !now && (lease.state == State.ACTIVE || lease.inFlight > 0)) {
      return false;
    }
    lease.state = State.GIVEN_BACK;
    leases.remove(lease);
    releasing++;
    return true;
  }

  /** Gives back a lease the caller took out of the lane ({@link #giveBack} counted it in {@code releasing}). */
  private void release(Lease<C> lease) {
    connector.release(lease.connection, this::released);
  }

  private void released() {
    boolean askPool = false;
    synchronized (this) {
      releasing--;
      if (leasingAfterRelease > 0 && !closed) {
        leasingAfterRelease--;
        askPool = true;
      }
    }
    if (askPool) {
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

  /**
   * A query goes to the least busy lease with room. A write goes to the busiest, up to the whole lane's room: on
   * another connection it would only wait for the writer gate, and each hand-off between engines costs a wake-up
   * (engine transfers at 64 in flight, pool of 4, alternating JVMs: 29-37k tx/s at 42-53 us of CPU each, against
   * 23-29k at 54-68 us when spread like queries).
   */
  private Lease<C> leaseFor(LaneJob<C> job) {
    boolean writes = job.writes();
    int room = room(job);
    Lease<C> best = null;
    for (Lease<C> lease : leases) {
      if (lease.state == State.ACTIVE && lease.inFlight < room && (best == null
          || (writes ? lease.inFlight > best.inFlight : lease.inFlight < best.inFlight))) {
        best = lease;
      }
    }
    return best;
  }

  private int room(LaneJob<C> job) {
    return job.writes() ? limit * size : limit;
  }


  private void run(Lease<C> lease, LaneJob<C> job) {
    job.run(lease.connection, () -> done(lease));
  }

  private void leased(C connection, Throwable failure) {
    List<LaneJob<C>> toRun = new ArrayList<>();
    List<LaneJob<C>> toFail = new ArrayList<>();
    Lease<C> lease = null;
    boolean giveBack = false;
    synchronized (this) {
      leasing--;
      if (failure != null) {
        // with no lease left to wait for, waiting would be forever
        if (leases.stream().noneMatch(l -> l.state == State.ACTIVE) && leasing == 0) {
          waiters.forEach(w -> toFail.add(w.job));
          waiters.clear();
        }
      } else if (closed || waiters.isEmpty()) {
        giveBack = true;
        releasing++;
      } else {
        lease = new Lease<>(connection);
        leases.add(lease);
        while (!waiters.isEmpty() && lease.inFlight < room(waiters.peek().job)) {
          lease.inFlight++;
          toRun.add(waiters.poll().job);
        }
      }
    }
    if (giveBack) {
      connector.release(connection, this::released);
    }
    for (LaneJob<C> job : toFail) {
      job.fail(failure);
    }
    for (LaneJob<C> job : toRun) {
      run(lease, job);
    }
    runIfAllReleased(); // a close may be waiting for this lease
  }

  private void done(Lease<C> lease) {
    LaneJob<C> next = null;
    boolean giveBack = false;
    boolean askPool = false;
    boolean idle = false;
    synchronized (this) {
      lease.inFlight--;
      if (lease.state != State.ACTIVE || closed) {
        giveBack = giveBack(lease, false);
        askPool = leaseForWaiters();
      } else if (!connector.isValid(lease.connection)) {
        giveBack = retire(lease);
        askPool = leaseForWaiters();
      } else if (!waiters.isEmpty()) {
        lease.inFlight++;
        next = waiters.poll().job;
      } else {
        idle = lease.inFlight == 0;
      }
    }
    if (giveBack) {
      release(lease);
    }
    if (next != null) {
      run(lease, next);
    }
    if (askPool) {
      connector.lease(this::leased);
    }
    if (idle) {
      // a query sent from the handler of the one that just completed still finds the lease
      Context context = Vertx.currentContext();
      if (context != null) {
        context.runOnContext(v -> releaseIfIdle(lease));
      } else {
        releaseIfIdle(lease);
      }
    }
  }

  private void releaseIfIdle(Lease<C> lease) {
    boolean giveBack;
    synchronized (this) {
      giveBack = lease.inFlight == 0 && lease.state == State.ACTIVE && !closed && retire(lease);
    }
    if (giveBack) {
      release(lease);
    }
  }

  /**
   * True if queries wait with room for one more lease and none is asked for that would take them (a lease was
   * retired while they waited): the caller asks for one, counted here.
   */
  private boolean leaseForWaiters() {
    if (closed || waiters.isEmpty() || leases.size() + leasing >= size) {
      return false;
    }
    leasing++;
    return true;
  }

  private void sweep() {
    List<LaneJob<C>> expired = new ArrayList<>();
    List<Lease<C>> old = new ArrayList<>();
    boolean askPool;
    synchronized (this) {
      long now = now();
      while (connectionTimeoutMs > 0 && !waiters.isEmpty() && now - waiters.peek().since >= connectionTimeoutMs) {
        expired.add(waiters.poll().job);
      }
      if (maxLifetimeMs > 0) {
        for (Lease<C> lease : new ArrayList<>(leases)) {
          if (lease.state == State.ACTIVE && now - lease.leased >= maxLifetimeMs && retire(lease)) {
            old.add(lease);
          }
        }
      }
      askPool = leaseForWaiters();
    }
    old.forEach(this::release);
    if (askPool) {
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
