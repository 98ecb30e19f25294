package io.github.vertxsqlite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/** A statement's kind is what its compiled program does, whatever its first keyword. */
class StatementKindTest {

  private static SQLiteConnection conn;

  @BeforeAll
  static void schema() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "test-dbs"));
    Path file = Files.createTempFile(dir, "kinds-", ".db");
    conn = (SQLiteConnection) DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement st = conn.createStatement()) {
      st.execute("PRAGMA journal_mode = wal");
      st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
      st.execute("CREATE INDEX t_v ON t (v)");
      st.execute("CREATE TEMP TABLE scratch (x)");
    }
    Function.create(conn, "twice", new Function() {
      @Override
      protected void xFunc() throws java.sql.SQLException {
        result(value_int(0) * 2);
      }
    });
  }

  @AfterAll
  static void close() throws Exception {
    conn.close();
  }

  static Stream<Arguments> statements() {
    return Stream.of(
      Arguments.of("SELECT * FROM t", StatementKind.READ),
      Arguments.of("WITH c AS (SELECT id FROM t) SELECT * FROM c", StatementKind.READ),
      Arguments.of("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5) SELECT sum(x) FROM n", StatementKind.READ),
      Arguments.of("  -- a comment first\n /* and another */ select 1", StatementKind.READ),
      Arguments.of("with c as (select 1 as x) select x from c", StatementKind.READ),
      Arguments.of("VALUES (1), (2)", StatementKind.READ),
      Arguments.of("SELECT (SELECT count(*) FROM t) + (SELECT max(id) FROM t WHERE v IN (SELECT v FROM t))", StatementKind.READ),
      Arguments.of("EXPLAIN INSERT INTO t (v) VALUES ('x')", StatementKind.READ),
      Arguments.of("EXPLAIN QUERY PLAN DELETE FROM t", StatementKind.READ),
      Arguments.of("PRAGMA table_info(t)", StatementKind.READ),
      Arguments.of("PRAGMA integrity_check", StatementKind.READ),
      Arguments.of("PRAGMA user_version", StatementKind.READ),
      Arguments.of("ATTACH ':memory:' AS other", StatementKind.READ),
      Arguments.of("DETACH other", StatementKind.READ),
      Arguments.of("SELECT twice(id) FROM t", StatementKind.READ),
      Arguments.of("VACUUM INTO ?", StatementKind.READ),
      Arguments.of("WITH c(x) AS (SELECT 'a') INSERT INTO t (v) SELECT x FROM c", StatementKind.WRITE),
      Arguments.of("WITH c AS (SELECT id FROM t) UPDATE t SET v = 'b' WHERE id IN (SELECT id FROM c)", StatementKind.WRITE),
      Arguments.of("with c as (select id from t) delete from t where id in c", StatementKind.WRITE),
      Arguments.of("  /* leading */ insert into t (v) values ('c')", StatementKind.WRITE),
      Arguments.of("INSERT INTO t (v) VALUES ('d') RETURNING id", StatementKind.WRITE),
      Arguments.of("REPLACE INTO t (id, v) VALUES (1, 'e')", StatementKind.WRITE),
      Arguments.of("PRAGMA user_version = 7", StatementKind.WRITE),
      Arguments.of("PRAGMA wal_checkpoint(TRUNCATE)", StatementKind.WRITE),
      Arguments.of("ANALYZE", StatementKind.WRITE),
      Arguments.of("VACUUM", StatementKind.WRITE),
      Arguments.of("REINDEX", StatementKind.WRITE),
      Arguments.of("CREATE TABLE u (x)", StatementKind.WRITE),
      Arguments.of("DROP INDEX t_v", StatementKind.WRITE),
      Arguments.of("CREATE TEMP TABLE scratch2 (x)", StatementKind.WRITE_TEMP),
      Arguments.of("INSERT INTO scratch VALUES (1)", StatementKind.WRITE_TEMP),
      Arguments.of("INSERT INTO temp.scratch SELECT id FROM t", StatementKind.WRITE_TEMP),
      Arguments.of("BEGIN", StatementKind.BEGIN_DEFERRED),
      Arguments.of("begin deferred transaction", StatementKind.BEGIN_DEFERRED),
      Arguments.of("BEGIN IMMEDIATE", StatementKind.BEGIN_WRITE),
      Arguments.of("BEGIN EXCLUSIVE", StatementKind.BEGIN_WRITE),
      Arguments.of("SAVEPOINT s", StatementKind.BEGIN_DEFERRED),
      Arguments.of("RELEASE s", StatementKind.END),
      Arguments.of("ROLLBACK TO s", StatementKind.END),
      Arguments.of("COMMIT", StatementKind.END),
      Arguments.of("END TRANSACTION", StatementKind.END),
      Arguments.of("ROLLBACK", StatementKind.END));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("statements")
  void kindComesFromTheProgram(String sql, StatementKind expected) {
    assertEquals(expected, StatementKind.of(conn, sql));
  }

  /**
   * Where the first keyword decides (no second compile), it says what the program says: on a connection with no
   * temp schema (this test's other connection), and for reads on one with a temp table too.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void theFirstKeywordAgreesWithTheProgramWhereItDecides(String sql, StatementKind ignored) throws Exception {
    try (SQLiteConnection noTemp = (SQLiteConnection) DriverManager.getConnection(conn.getUrl())) {
      StatementKind byKeyword = StatementKind.byKeyword(sql, () -> true);
      if (byKeyword != null && compiles(noTemp, sql)) { // (a text that does not compile is judged a write)
        assertEquals(StatementKind.of(noTemp, sql), byKeyword);
      }
    }
    StatementKind withTemp = StatementKind.byKeyword(sql, () -> false);
    if (withTemp != null) {
      assertEquals(StatementKind.of(conn, sql), withTemp);
    }
  }

  private static boolean compiles(SQLiteConnection c, String sql) {
    try {
      c.prepareStatement(sql).close();
      return true;
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  @org.junit.jupiter.api.Test
  void aConnectionWithTempTablesReadsTheProgramOfItsWrites() {
    assertEquals(null, StatementKind.byKeyword("INSERT INTO scratch VALUES (1)", () -> false));
    assertEquals(StatementKind.WRITE_TEMP, StatementKind.of(conn, "INSERT INTO scratch VALUES (1)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void judgingNeverRunsTheStatement(String sql, StatementKind ignored) throws Exception {
    long before = conn.getDatabase().total_changes();
    StatementKind.of(conn, sql);
    assertEquals(before, conn.getDatabase().total_changes());
    assertEquals(true, conn.getAutoCommit());
  }
}
