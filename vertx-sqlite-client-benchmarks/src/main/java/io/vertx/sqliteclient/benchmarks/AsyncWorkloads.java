package io.vertx.sqliteclient.benchmarks;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteException;
import io.vertx.sqliteclient.SqlitePool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * The workloads on any Vert.x {@link Pool} (this driver's, JDBCPool, vertx-pg-client or vertx-dqlite-client): one
 * event-loop context keeps {@code inFlight} operations running, recording each latency, while a 1 ms timer on the
 * same event loop records how late it fires (the event-loop lag the load causes).
 */
final class AsyncWorkloads {

  /** Attempts of one operation that failed with SQLITE_BUSY, at most, before it counts as failed. */
  static final int MAX_BUSY_ATTEMPTS = 1000;
  /** The pause before an attempt again after SQLITE_BUSY, ms (Vert.x's timer has 1 ms steps). */
  static final long BUSY_PAUSE_MILLIS = 1;

  private final Vertx vertx;
  private final Pool pool;
  private final int rows;
  /** Whether an operation that fails with SQLITE_BUSY is run again, whole (dqlite: see the constructor). */
  private final boolean retryBusy;
  // the texts of Sql in the pool's placeholder syntax, translated once rather than per operation
  private final String pointSelect;
  private final String insert;
  private final String debit;
  private final String credit;
  private final String readBalance;
  private final String writeBalance;
  private final String bumpScore;
  private final String scan;

  /** For this driver's and JDBCPool's pools, which take {@code ?} placeholders. */
  AsyncWorkloads(Vertx vertx, Pool pool, int rows) {
    this(vertx, pool, rows, UnaryOperator.identity());
  }

  /** {@code placeholders} rewrites each text of {@link Sql} for the pool's driver: identity, or {@link Sql#numbered}. */
  AsyncWorkloads(Vertx vertx, Pool pool, int rows, UnaryOperator<String> placeholders) {
    this(vertx, pool, rows, placeholders, false);
  }

  /**
   * {@code retryBusy}: an operation (a whole transaction) that fails with SQLITE_BUSY, or SQLITE_BUSY_SNAPSHOT, runs
   * again after {@value #BUSY_PAUSE_MILLIS} ms, up to {@value #MAX_BUSY_ATTEMPTS} attempts, its latency counting
   * from the first. For dqlite: its leader answers a write that finds another connection's write transaction open
   * (until that one's Raft commit) with SQLITE_BUSY at once, as it cannot wait on its event loop, and leaves the
   * retry to the client (canonical/dqlite#164, #293). vertx-dqlite-client sends the statement again itself, as
   * SQLite's busy handler would wait, up to its busy timeout; what still reaches the caller (a stale snapshot, which
   * only a new transaction cures, or the timeout) is run again here, whole, and counted ({@link Measurement#retries}).
   */
  AsyncWorkloads(Vertx vertx, Pool pool, int rows, UnaryOperator<String> placeholders, boolean retryBusy) {
    this.vertx = vertx;
    this.pool = pool;
    this.rows = rows;
    this.retryBusy = retryBusy;
    this.pointSelect = placeholders.apply(Sql.POINT_SELECT);
    this.insert = placeholders.apply(Sql.INSERT);
    this.debit = placeholders.apply(Sql.DEBIT);
    this.credit = placeholders.apply(Sql.CREDIT);
    this.readBalance = placeholders.apply(Sql.READ_BALANCE);
    this.writeBalance = placeholders.apply(Sql.WRITE_BALANCE);
    this.bumpScore = placeholders.apply(Sql.BUMP_SCORE);
    this.scan = placeholders.apply(Sql.SCAN);
  }

  Measurement pointSelect(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> pool.preparedQuery(pointSelect)
      .execute(Tuple.of(1 + ThreadLocalRandom.current().nextInt(rows))));
  }

  Measurement insert(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> pool.preparedQuery(insert)
      .execute(Tuple.of("ins-" + i, (double) i, Buffer.buffer(new byte[64]))));
  }

  Measurement transfer(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> pool.withTransaction(c -> c
      .preparedQuery(debit).execute(Tuple.of(1 + i % Dataset.ACCOUNTS))
      .compose(r -> c.preparedQuery(credit).execute(Tuple.of(1 + (i + 7) % Dataset.ACCOUNTS)))));
  }

  /** The ORM pattern: read a row, then write it back changed, in one transaction. */
  Measurement readThenWrite(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> pool.withTransaction(c -> c
      .preparedQuery(readBalance).execute(Tuple.of(1 + i % Dataset.ACCOUNTS))
      .compose(rows -> c.preparedQuery(writeBalance)
        .execute(Tuple.of(rows.iterator().next().getLong(0) + 1, 1 + i % Dataset.ACCOUNTS)))));
  }

  /** {@link #transfer} as one engine transaction (this driver only): both UPDATEs in one trip to the engine. */
  Measurement engineTransfer(int inFlight, int ops) throws Exception {
    SqlitePool sqlite = SqlitePool.cast(pool);
    return run(inFlight, ops, i -> sqlite.withEngineTransaction(tx -> {
      tx.execute(debit, Tuple.of(1 + i % Dataset.ACCOUNTS));
      return tx.execute(credit, Tuple.of(1 + (i + 7) % Dataset.ACCOUNTS)).rowCount();
    }));
  }

  /** {@link #readThenWrite} as one engine transaction (this driver only). */
  Measurement engineReadThenWrite(int inFlight, int ops) throws Exception {
    SqlitePool sqlite = SqlitePool.cast(pool);
    return run(inFlight, ops, i -> sqlite.withEngineTransaction(tx -> {
      long balance = tx.execute(readBalance, Tuple.of(1 + i % Dataset.ACCOUNTS)).iterator().next().getLong(0);
      return tx.execute(writeBalance, Tuple.of(balance + 1, 1 + i % Dataset.ACCOUNTS)).rowCount();
    }));
  }

  Measurement mixed(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> {
      int id = 1 + ThreadLocalRandom.current().nextInt(rows);
      if (i % 10 == 0) {
        return pool.preparedQuery(bumpScore).execute(Tuple.of(id));
      }
      return pool.preparedQuery(pointSelect).execute(Tuple.of(id));
    });
  }

  Measurement batchInsert(int batches, int size) throws Exception {
    List<Tuple> batch = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      batch.add(Tuple.of("batch-" + i, (double) i, Buffer.buffer(new byte[64])));
    }
    return run(1, batches, i -> pool.preparedQuery(insert).executeBatch(batch));
  }

  Measurement fullScan(int runs) throws Exception {
    return run(1, runs, i -> pool.query(scan).execute().map(rs -> {
      if (rs.size() == 0) {
        throw new IllegalStateException("empty scan");
      }
      return rs;
    }));
  }

  /** Runs {@code ops} operations, {@code inFlight} at a time, from one event-loop context. */
  Measurement run(int inFlight, int ops, IntFunction<Future<?>> op) throws Exception {
    CompletableFuture<Measurement> result = new CompletableFuture<>();
    Context context = vertx.getOrCreateContext();
    context.runOnContext(v -> new Driver(inFlight, ops, op, result).start());
    return result.get(30, TimeUnit.MINUTES);
  }

  /** Lives on the event loop: no synchronization needed. */
  private final class Driver {
    private final int inFlight;
    private final int ops;
    private final IntFunction<Future<?>> op;
    private final CompletableFuture<Measurement> result;
    private final long[] latencies;
    private int issued;
    private int completed;
    private long failures;
    private long retries;
    private Throwable firstFailure;
    private long cpuStart;
    private long start;
    private long lastTick;
    private long maxLag;
    private long timer;

    Driver(int inFlight, int ops, IntFunction<Future<?>> op, CompletableFuture<Measurement> result) {
      this.inFlight = inFlight;
      this.ops = ops;
      this.op = op;
      this.result = result;
      this.latencies = new long[ops];
    }

    void start() {
      cpuStart = Measurement.cpuNow();
      start = System.nanoTime();
      lastTick = start;
      Measurement.runStarts();
      timer = vertx.setPeriodic(1, id -> {
        long now = System.nanoTime();
        maxLag = Math.max(maxLag, now - lastTick - 1_000_000);
        lastTick = now;
      });
      for (int i = 0; i < inFlight; i++) {
        issue();
      }
    }

    private void issue() {
      if (issued == ops) {
        return;
      }
      int i = issued++;
      long t0 = System.nanoTime();
      Future<?> f = retryBusy ? attempt(i, 1) : attempt(i);
      f.onComplete(ar -> {
        latencies[i] = System.nanoTime() - t0;
        if (ar.failed()) {
          if (failures++ == 0) {
            firstFailure = ar.cause();
            System.err.println("first failure: " + ar.cause());
          }
        }
        if (++completed == ops) {
          vertx.cancelTimer(timer);
          long now = System.nanoTime();
          maxLag = Math.max(maxLag, now - lastTick - 1_000_000);
          result.complete(new Measurement(ops, now - start, Measurement.cpuNow() - cpuStart, latencies, failures, maxLag,
            firstFailure, retries));
        } else {
          issue();
        }
      });
    }

    @SuppressWarnings("unchecked")
    private Future<Object> attempt(int i) {
      try {
        return (Future<Object>) op.apply(i);
      } catch (RuntimeException e) {
        return Future.failedFuture(e);
      }
    }

    /** Attempt {@code n} of operation {@code i}, and after SQLITE_BUSY the next one, on this context. */
    private Future<Object> attempt(int i, int n) {
      return attempt(i).recover(err -> {
        if (n == MAX_BUSY_ATTEMPTS || !busy(err)) {
          return Future.failedFuture(err);
        }
        retries++;
        Promise<Object> next = Promise.promise();
        vertx.setTimer(BUSY_PAUSE_MILLIS, t -> attempt(i, n + 1).onComplete(ar -> {
          if (ar.succeeded()) {
            next.complete(ar.result());
          } else {
            next.fail(ar.cause());
          }
        }));
        return next.future();
      });
    }
  }

  /** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT: a read transaction's snapshot went stale). */
  static boolean busy(Throwable err) {
    return err instanceof SqliteException && ((SqliteException) err).getPrimaryCode() == 5;
  }
}
