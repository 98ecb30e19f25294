package io.vertx.sqliteclient.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;

/** The benchmark table {@code kv(id INTEGER PRIMARY KEY, name TEXT, score REAL, payload BLOB)}, one file per contender. */
final class Dataset {

  static final String URL_PREFIX = "jdbc:sqlite:";

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
      Random random = new Random(42);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO kv VALUES (?, ?, ?, ?)")) {
        for (int i = 1; i <= rows; i++) {
          byte[] payload = new byte[64];
          random.nextBytes(payload);
          ps.setInt(1, i);
          ps.setString(2, "name-" + i);
          ps.setDouble(3, random.nextDouble() * 1000);
          ps.setBytes(4, payload);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO account VALUES (?, 1000)")) {
        for (int i = 1; i <= 1000; i++) {
          ps.setInt(1, i);
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
