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
 * The pipelined lane of a pool: up to {@code size} connections that each run up to {@code limit} one-shot
 * queries at once, queued on their engine thread. A Vert.x pool gives a connection one command at a time, so each
 * connection idles while a result travels to the event loop and the next query travels back; queued here, the
 * engine goes straight from one query to the next (docs/performance.md).
 *
 * <p>A query goes to the least busy connection with room; a new connection opens when all are full and the lane
 * is below {@code size}; otherwise it waits, in order. The pool's wait-queue size, connection timeout, idle
 * timeout and maximum lifetime apply here too (checked once a second).
 *
 * <p>Each query is reported to {@link LaneMetrics}: queued when it arrives, started on a connection, finished; or
 * leaving the queue when it fails without running.
 *
 * <p>Thread-safe: queries arrive from any event loop and complete on the connections' contexts. The state is
 * guarded by this object's monitor, and no connection or job is called while it is held.
 */
public final class OneShotLane<C> {

  /** What the lane needs from a Vert.x line: open, check and close its connections. */
  public interface Connector<C> {
    void connect(Context context, BiConsumer<C, Throwable> done);

    boolean isValid(C connection);

    /** Closes {@code connection}; {@code closed} runs once its database handle is released. */
    void close(C connection, Runnable closed);
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
  private final LaneMetrics metrics;
  private final int size;
  private final int limit;
  private final int maxWaiters;
  private final long connectionTimeoutMs;
  private final long idleTimeoutMs;
  private final long maxLifetimeMs;
  private final long sweepTimer;

  private final List<Slot<C>> slots = new ArrayList<>();
  private final ArrayDeque<Waiter<C>> waiters = new ArrayDeque<>();
  private int connecting;
  /** Connections whose close has not completed yet: the lane's close waits for them. */
  private int closing;
  private boolean closed;
  private final List<Runnable> whenClosed = new ArrayList<>();

  public OneShotLane(Vertx vertx, Connector<C> connector, PoolOptions options, int limit, LaneMetrics metrics) {
    this.vertx = vertx;
    this.connector = connector;
    this.metrics = metrics;
    this.size = Math.max(1, options.getMaxSize());
    this.limit = Math.max(1, limit);
    this.maxWaiters = options.getMaxWaitQueueSize();
    this.connectionTimeoutMs = options.getConnectionTimeoutUnit().toMillis(options.getConnectionTimeout());
    this.idleTimeoutMs = options.getIdleTimeoutUnit().toMillis(options.getIdleTimeout());
    this.maxLifetimeMs = options.getMaxLifetimeUnit().toMillis(options.getMaxLifetime());
    boolean sweeps = connectionTimeoutMs > 0 || idleTimeoutMs > 0 || maxLifetimeMs > 0;
    this.sweepTimer = sweeps ? vertx.setPeriodic(SWEEP_PERIOD_MS, id -> sweep()) : -1;
  }

  private static final class Slot<C> {
    final C connection;
    final long created = now();
    long lastUsed = created;
    int inFlight;
    /** Out of the lane (invalid, idle, too old): finishes what it runs, takes nothing new. */
    boolean retired;

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

  /** Runs {@code query} on a connection of this lane, opening one with {@code context} if needed. */
  public void submit(Context context, Job<C> query) {
    Job<C> job = new MeteredJob<>(metrics, query);
    Slot<C> slot = null;
    Throwable refused = null;
    boolean connect = false;
    synchronized (this) {
      if (closed) {
        refused = poolClosed();
      } else if ((slot = leastBusy()) != null) {
        slot.inFlight++;
      } else {
        connect = slots.size() + connecting < size;
        // queries that connections being opened will take are not waiting for a free one
        long opening = (long) (connecting + (connect ? 1 : 0)) * limit;
        if (maxWaiters >= 0 && waiters.size() >= maxWaiters + opening) {
          connect = false;
          refused = new ConnectionPoolTooBusyException("Too many one-shot queries waiting for a connection (max "
            + maxWaiters + ")");
        } else {
          waiters.add(new Waiter<>(job));
          if (connect) {
            connecting++;
          }
        }
      }
    }
    if (refused != null) {
      job.fail(refused);
    } else if (slot != null) {
      run(slot, job);
    } else if (connect) {
      connector.connect(context, this::connected);
    }
  }

  /** Connections open now. */
  public synchronized int size() {
    return slots.size();
  }

  /**
   * Closes every connection; waiting queries fail. {@code closed} runs once every connection of the lane (also
   * one still opening, or retired earlier and still closing) has released the database, so a caller may then
   * delete or replace the file.
   */
  public void close(Runnable closed) {
    List<Slot<C>> toClose = List.of();
    List<Waiter<C>> toFail = List.of();
    boolean first;
    synchronized (this) {
      first = !this.closed;
      whenClosed.add(closed);
      if (first) {
        this.closed = true;
        toClose = new ArrayList<>(slots);
        slots.clear();
        toFail = new ArrayList<>(waiters);
        waiters.clear();
        closing += toClose.size();
      }
    }
    if (first && sweepTimer >= 0) {
      vertx.cancelTimer(sweepTimer);
    }
    toClose.forEach(s -> release(s.connection));
    toFail.forEach(w -> w.job.fail(poolClosed()));
    runIfAllReleased();
  }

  /** Closes a connection the lane has let go of; the caller counted it in {@code closing} under the monitor. */
  private void release(C connection) {
    connector.close(connection, this::released);
  }

  private void released() {
    synchronized (this) {
      closing--;
    }
    runIfAllReleased();
  }

  private void runIfAllReleased() {
    List<Runnable> callbacks;
    synchronized (this) {
      if (!closed || closing > 0 || connecting > 0 || whenClosed.isEmpty()) {
        return;
      }
      callbacks = new ArrayList<>(whenClosed);
      whenClosed.clear();
    }
    callbacks.forEach(Runnable::run);
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

  private void connected(C connection, Throwable failure) {
    List<Job<C>> toRun = new ArrayList<>();
    List<Job<C>> toFail = new ArrayList<>();
    Slot<C> slot = null;
    boolean closeIt = false;
    synchronized (this) {
      connecting--;
      if (failure != null) {
        // with no connection left to wait for, waiting would be forever
        if (slots.isEmpty() && connecting == 0) {
          waiters.forEach(w -> toFail.add(w.job));
          waiters.clear();
        }
      } else if (closed) {
        closeIt = true;
        closing++;
      } else {
        slot = new Slot<>(connection);
        slots.add(slot);
        while (slot.inFlight < limit && !waiters.isEmpty()) {
          slot.inFlight++;
          toRun.add(waiters.poll().job);
        }
      }
    }
    if (closeIt) {
      release(connection);
    } else if (failure != null) {
      runIfAllReleased(); // the lane may have closed while this connection was opening
    }
    for (Job<C> job : toFail) {
      job.fail(failure);
    }
    for (Job<C> job : toRun) {
      run(slot, job);
    }
  }

  private void done(Slot<C> slot) {
    Job<C> next = null;
    boolean remove = false;
    boolean connect = false;
    synchronized (this) {
      slot.inFlight--;
      if (idleTimeoutMs > 0) {
        slot.lastUsed = now();
      }
      if (closed || slot.retired) {
        return;
      }
      if (!connector.isValid(slot.connection)) {
        slot.retired = true;
        slots.remove(slot);
        remove = true;
        closing++;
        if (!waiters.isEmpty() && slots.size() + connecting < size) {
          connecting++;
          connect = true;
        }
      } else if (!waiters.isEmpty()) {
        slot.inFlight++;
        next = waiters.poll().job;
      }
    }
    if (remove) {
      release(slot.connection);
    }
    if (next != null) {
      run(slot, next);
    }
    if (connect) {
      connector.connect(vertx.getOrCreateContext(), this::connected);
    }
  }

  private void sweep() {
    List<Job<C>> expired = new ArrayList<>();
    List<C> retired = new ArrayList<>();
    synchronized (this) {
      long now = now();
      while (connectionTimeoutMs > 0 && !waiters.isEmpty() && now - waiters.peek().since >= connectionTimeoutMs) {
        expired.add(waiters.poll().job);
      }
      slots.removeIf(s -> {
        boolean idle = idleTimeoutMs > 0 && s.inFlight == 0 && now - s.lastUsed >= idleTimeoutMs;
        boolean old = maxLifetimeMs > 0 && s.inFlight == 0 && now - s.created >= maxLifetimeMs;
        if (idle || old) {
          s.retired = true;
          retired.add(s.connection);
          closing++;
        }
        return idle || old;
      });
    }
    retired.forEach(this::release);
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
