package io.vertx.sqliteclient.benchmarks;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The workloads on any Vert.x {@link Pool} (this driver's or JDBCPool): one event-loop context keeps
 * {@code inFlight} operations running, recording each latency, while a 1 ms timer on the same event loop
 * records how late it fires (the event-loop lag the load causes).
 */
final class AsyncWorkloads {

  private final Vertx vertx;
  private final Pool pool;
  private final int rows;

  AsyncWorkloads(Vertx vertx, Pool pool, int rows) {
    this.vertx = vertx;
    this.pool = pool;
    this.rows = rows;
  }

  Measurement pointSelect(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> pool.preparedQuery("SELECT id, name, score, payload FROM kv WHERE id = ?")
      .execute(Tuple.of(1 + ThreadLocalRandom.current().nextInt(rows))));
  }

  Measurement insert(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> pool.preparedQuery("INSERT INTO kv (name, score, payload) VALUES (?, ?, ?)")
      .execute(Tuple.of("ins-" + i, (double) i, io.vertx.core.buffer.Buffer.buffer(new byte[64]))));
  }

  Measurement transfer(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> pool.withTransaction(c -> c
      .preparedQuery("UPDATE account SET balance = balance - 1 WHERE id = ?").execute(Tuple.of(1 + i % 1000))
      .compose(r -> c.preparedQuery("UPDATE account SET balance = balance + 1 WHERE id = ?").execute(Tuple.of(1 + (i + 7) % 1000)))));
  }

  /** The ORM pattern: read a row, then write it back changed, in one transaction. */
  Measurement readThenWrite(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> pool.withTransaction(c -> c
      .preparedQuery("SELECT balance FROM account WHERE id = ?").execute(Tuple.of(1 + i % 1000))
      .compose(rows -> c.preparedQuery("UPDATE account SET balance = ? WHERE id = ?")
        .execute(Tuple.of(rows.iterator().next().getLong(0) + 1, 1 + i % 1000)))));
  }

  Measurement mixed(int inFlight, int ops) throws Exception {
    return run(inFlight, ops, i -> {
      int id = 1 + ThreadLocalRandom.current().nextInt(rows);
      if (i % 10 == 0) {
        return pool.preparedQuery("UPDATE kv SET score = score + 1 WHERE id = ?").execute(Tuple.of(id));
      }
      return pool.preparedQuery("SELECT id, name, score, payload FROM kv WHERE id = ?").execute(Tuple.of(id));
    });
  }

  Measurement batchInsert(int batches, int size) throws Exception {
    List<Tuple> batch = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      batch.add(Tuple.of("batch-" + i, (double) i, io.vertx.core.buffer.Buffer.buffer(new byte[64])));
    }
    return run(1, batches, i -> pool.preparedQuery("INSERT INTO kv (name, score, payload) VALUES (?, ?, ?)").executeBatch(batch));
  }

  Measurement fullScan(int runs) throws Exception {
    return run(1, runs, i -> pool.query("SELECT id, name, score, payload FROM kv").execute().map(rs -> {
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
      Future<?> f;
      try {
        f = op.apply(i);
      } catch (RuntimeException e) {
        f = Future.failedFuture(e);
      }
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
          result.complete(new Measurement(ops, now - start, Measurement.cpuNow() - cpuStart, latencies, failures, maxLag, firstFailure));
        } else {
          issue();
        }
      });
    }
  }
}
