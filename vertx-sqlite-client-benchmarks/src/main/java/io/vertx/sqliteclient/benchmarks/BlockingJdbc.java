package io.vertx.sqliteclient.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** The baseline: sqlite-jdbc called directly and blocking, one connection per thread. */
final class BlockingJdbc {

  private final Path file;

  BlockingJdbc(Path file) {
    this.file = file;
  }

  private Connection open() throws Exception {
    Connection c = DriverManager.getConnection(Dataset.URL_PREFIX + file);
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA synchronous=NORMAL");
      st.execute("PRAGMA busy_timeout=5000");
    }
    return c;
  }

  /** Point selects on {@code threads} threads; latencies recorded per operation. */
  Measurement pointSelect(int threads, int opsPerThread, int rows) throws Exception {
    long[][] lat = new long[threads][opsPerThread];
    return onThreads(threads, opsPerThread, (c, t) -> {
      try (PreparedStatement ps = c.prepareStatement(Sql.POINT_SELECT)) {
        for (int i = 0; i < opsPerThread; i++) {
          long start = System.nanoTime();
          ps.setInt(1, 1 + ThreadLocalRandom.current().nextInt(rows));
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              rs.getLong(1);
              rs.getString(2);
              rs.getDouble(3);
              rs.getBytes(4);
            }
          }
          lat[t][i] = System.nanoTime() - start;
        }
      }
    }, lat);
  }

  /** Autocommit inserts one after another on one thread, each latency recorded (the 1-in-flight figure of the others). */
  Measurement insert(int ops) throws Exception {
    long[][] lat = new long[1][ops];
    return onThreads(1, ops, (c, t) -> {
      try (PreparedStatement ps = c.prepareStatement(Sql.INSERT)) {
        for (int i = 0; i < ops; i++) {
          long start = System.nanoTime();
          ps.setString(1, "ins-" + i);
          ps.setDouble(2, i);
          ps.setBytes(3, new byte[64]);
          ps.executeUpdate();
          lat[0][i] = System.nanoTime() - start;
        }
      }
    }, lat);
  }

  /** Transfers one after another on one thread, each latency recorded (the 1-in-flight figure of the others). */
  Measurement transfer(int ops) throws Exception {
    long[][] lat = new long[1][ops];
    return onThreads(1, ops, (c, t) -> {
      try (PreparedStatement debit = c.prepareStatement(Sql.DEBIT);
           PreparedStatement credit = c.prepareStatement(Sql.CREDIT);
           Statement st = c.createStatement()) {
        for (int i = 0; i < ops; i++) {
          long start = System.nanoTime();
          st.execute("BEGIN IMMEDIATE");
          debit.setInt(1, 1 + i % Dataset.ACCOUNTS);
          debit.executeUpdate();
          credit.setInt(1, 1 + (i + 7) % Dataset.ACCOUNTS);
          credit.executeUpdate();
          st.execute("COMMIT");
          lat[0][i] = System.nanoTime() - start;
        }
      }
    }, lat);
  }

  /** The ORM pattern: read a row, then write it back changed, in one IMMEDIATE transaction. */
  Measurement readThenWrite(int ops) throws Exception {
    return onThreads(1, ops, (c, t) -> {
      try (PreparedStatement read = c.prepareStatement(Sql.READ_BALANCE);
           PreparedStatement write = c.prepareStatement(Sql.WRITE_BALANCE);
           Statement st = c.createStatement()) {
        for (int i = 0; i < ops; i++) {
          int id = 1 + i % Dataset.ACCOUNTS;
          st.execute("BEGIN IMMEDIATE");
          read.setInt(1, id);
          long balance;
          try (ResultSet rs = read.executeQuery()) {
            rs.next();
            balance = rs.getLong(1);
          }
          write.setLong(1, balance + 1);
          write.setInt(2, id);
          write.executeUpdate();
          st.execute("COMMIT");
        }
      }
    }, null);
  }

  /** Inserts {@code batches} batches of {@code size} rows, each in one transaction through addBatch/executeBatch. */
  Measurement batchInsert(int batches, int size) throws Exception {
    long[][] lat = new long[1][batches];
    return onThreads(1, batches, (c, t) -> {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(Sql.INSERT)) {
        for (int b = 0; b < batches; b++) {
          long start = System.nanoTime();
          for (int i = 0; i < size; i++) {
            ps.setString(1, "batch-" + i);
            ps.setDouble(2, i);
            ps.setBytes(3, new byte[64]);
            ps.addBatch();
          }
          ps.executeBatch();
          c.commit();
          lat[0][b] = System.nanoTime() - start;
        }
      }
    }, lat);
  }

  /** Reads every row of kv into memory, {@code runs} times. */
  Measurement fullScan(int runs) throws Exception {
    long[][] lat = new long[1][runs];
    return onThreads(1, runs, (c, t) -> {
      try (PreparedStatement ps = c.prepareStatement(Sql.SCAN)) {
        for (int r = 0; r < runs; r++) {
          long start = System.nanoTime();
          List<Object[]> rows = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getBytes(4)});
            }
          }
          lat[0][r] = System.nanoTime() - start;
          if (rows.isEmpty()) {
            throw new IllegalStateException("empty scan");
          }
        }
      }
    }, lat);
  }

  @FunctionalInterface
  private interface Body {
    void run(Connection c, int thread) throws Exception;
  }

  private Measurement onThreads(int threads, int opsPerThread, Body body, long[][] latencies) throws Exception {
    List<Connection> conns = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      conns.add(open());
    }
    AtomicLong failures = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    Measurement.runStarts();
    long cpu = Measurement.cpuNow();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread w = new Thread(() -> {
        try {
          body.run(conns.get(id), id);
        } catch (Exception e) {
          failures.incrementAndGet();
          e.printStackTrace();
        }
      }, "jdbc-bench-" + t);
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    long wall = System.nanoTime() - start;
    long cpuUsed = Measurement.cpuNow() - cpu;
    for (Connection c : conns) {
      c.close();
    }
    long[] lat = null;
    if (latencies != null) {
      lat = java.util.Arrays.stream(latencies).flatMapToLong(java.util.Arrays::stream).toArray();
    }
    return new Measurement((long) threads * opsPerThread, wall, cpuUsed, lat, failures.get(), 0);
  }
}
