package io.vertx.sqliteclient.tck;

import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteOpenMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A file database holding the TCK's tables, made once per test JVM from {@code tck-fixture.sql}. */
final class TckDatabase {

  private static Path file;

  private TckDatabase() {
  }

  static synchronized String path() {
    if (file == null) {
      try {
        Path dir = Files.createDirectories(Path.of("target", "tck-db"));
        file = Files.createTempFile(dir, "tck-", ".db");
        try (InputStream in = TckDatabase.class.getResourceAsStream("/tck-fixture.sql");
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
          String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          for (String sql : script.split(";\\s*\\n")) {
            if (!sql.isBlank()) {
              st.execute(sql);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return file.toString();
  }

  /** Options for the fixture; READ_WRITE so that a wrong database name fails instead of creating a file. */
  static SqliteConnectOptions options() {
    return new SqliteConnectOptions().setDatabase(path()).setOpenMode(SqliteOpenMode.READ_WRITE);
  }

  /** SQLite's positional placeholders, ?1 ?2 …, between the parts. */
  static String statement(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append('?').append(i);
      }
      sb.append(parts[i]);
    }
    return sb.toString();
  }
}
