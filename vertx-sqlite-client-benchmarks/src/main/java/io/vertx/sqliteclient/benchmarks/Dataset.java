package io.vertx.sqliteclient.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;

/**
 * The benchmark tables {@code kv(id INTEGER PRIMARY KEY, name TEXT, score REAL, payload BLOB)} and
 * {@code account(id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)} (the transfers'), one SQLite file per contender;
 * {@link Postgres} loads the same rows from {@link #generate}.
 */
final class Dataset {

  static final String URL_PREFIX = "jdbc:sqlite:";
  /** Rows of {@code account}, ids 1..ACCOUNTS, each starting with INITIAL_BALANCE. */
  static final int ACCOUNTS = 1000;
  static final long INITIAL_BALANCE = 1000;

  /** Receives the rows of {@code kv} in id order. */
  @FunctionalInterface
  interface KvRow {
    void accept(int id, String name, double score, byte[] payload) throws Exception;
  }

  private Dataset() {
  }

  /** Creates {@code rows} rows in a new WAL database under {@code dir} and returns its path. */
  static Path create(Path dir, String name, int rows) throws Exception {
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(file + suffix));
    }
    try (Connection c = DriverManager.getConnection(URL_PREFIX + file)) {
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("CREATE TABLE kv (id INTEGER PRIMARY KEY, name TEXT, score REAL, payload BLOB)");
        st.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)");
      }
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO kv VALUES (?, ?, ?, ?)")) {
        generate(rows, (id, rowName, score, payload) -> {
          ps.setInt(1, id);
          ps.setString(2, rowName);
          ps.setDouble(3, score);
          ps.setBytes(4, payload);
          ps.addBatch();
        });
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO account VALUES (?, ?)")) {
        for (int i = 1; i <= ACCOUNTS; i++) {
          ps.setInt(1, i);
          ps.setLong(2, INITIAL_BALANCE);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      try (Statement st = c.createStatement()) {
        c.setAutoCommit(true);
        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
    }
    return file;
  }

  /** The rows of {@code kv}, 1..rows, from a fixed seed: every contender, SQLite or PostgreSQL, gets the same data. */
  static void generate(int rows, KvRow sink) throws Exception {
    Random random = new Random(42);
    for (int i = 1; i <= rows; i++) {
      byte[] payload = new byte[64];
      random.nextBytes(payload);
      sink.accept(i, "name-" + i, random.nextDouble() * 1000, payload);
    }
  }

  /** A private copy of {@code source} for one contender, so writes of one do not shape the next. */
  static Path copy(Path source, String name) throws Exception {
    Path target = source.resolveSibling(name);
    for (String suffix : new String[] {"-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(target + suffix));
    }
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }
}
