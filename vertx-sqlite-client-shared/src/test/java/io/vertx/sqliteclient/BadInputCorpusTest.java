package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over a hundred bad inputs. Each must fail, promptly, with a typed error that says what is wrong (a
 * {@link SqliteException} with SQLite's code, an {@link IllegalArgumentException} naming the bad parameter, or
 * {@link ClosedConnectionException}); afterwards the pool must still serve a valid query.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

  private Vertx vertx;
  private Pool pool;
  private Pool readOnly;
  private String database;

  /** One bad input: what it does, and the failure expected (a primary code, or 0 for non-SQLite errors). */
  record Case(String name, Function<BadInputCorpusTest, Future<?>> action, Class<? extends Throwable> type, int primaryCode) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void start() {
    vertx = Vertx.vertx();
    database = SqliteTestSupport.newDatabase();
    pool = SqliteTestSupport.pool(vertx, database, 4);
    await(pool.query(BadSqlCorpus.SCHEMA).execute());
    readOnly = SqliteBuilder.pool().connectingTo(SqliteTestSupport.options(database).setOpenMode(SqliteOpenMode.READ_ONLY)).using(vertx).build();
  }

  @AfterAll
  void stop() {
    await(vertx.close());
  }

  private static Case uri(String uri) {
    return new Case("invalid URI: " + uri, t -> Future.succeededFuture(SqlConnectOptions.fromUri(uri)), IllegalArgumentException.class, 0);
  }

  static Stream<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    for (BadSqlCorpus.Case c : BadSqlCorpus.cases()) {
      cases.add(new Case(c.name(), t -> c.action().apply(t.pool), c.type(), c.primaryCode()));
    }
    // writes to a read-only database (SQLITE_READONLY = 8)
    for (String write : List.of("INSERT INTO t (id, v) VALUES (100, 'r')", "UPDATE t SET v = 'w'", "DELETE FROM t",
      "CREATE TABLE r (x)", "DROP TABLE t", "CREATE INDEX ri ON t(v)", "PRAGMA user_version = 3")) {
      cases.add(new Case("read-only: " + write, t -> t.readOnly.query(write).execute(), SqliteException.class, 8));
    }
    cases.add(new Case("read-only: write in a transaction", t -> t.readOnly.withTransaction(c -> c.query("DELETE FROM t").execute()), SqliteException.class, 8));
    // files that cannot be opened (SQLITE_CANTOPEN = 14, SQLITE_NOTADB = 26)
    cases.add(new Case("missing directory", t -> SqliteConnection.connect(t.vertx, SqliteTestSupport.options("target/no/such/dir/db.sqlite")), SqliteException.class, 14));
    cases.add(new Case("missing file in rw mode", t -> SqliteConnection.connect(t.vertx,
      SqliteTestSupport.options("target/absent-" + System.nanoTime() + ".db").setOpenMode(SqliteOpenMode.READ_WRITE)), SqliteException.class, 14));
    cases.add(new Case("missing file in ro mode", t -> SqliteConnection.connect(t.vertx,
      SqliteTestSupport.options("target/absent-" + System.nanoTime() + ".db").setOpenMode(SqliteOpenMode.READ_ONLY)), SqliteException.class, 14));
    cases.add(new Case("a directory", t -> SqliteConnection.connect(t.vertx, SqliteTestSupport.options("target")), SqliteException.class, 14));
    cases.add(new Case("not a database", t -> SqliteConnection.connect(t.vertx, SqliteTestSupport.options(t.file("text",
      "plain text, not a database, long enough to fill a header of one hundred bytes or so......................"))), SqliteException.class, 26));
    cases.add(new Case("corrupt database", t -> t.corruptDatabase(), SqliteException.class, 11));
    // invalid URIs and options (IllegalArgumentException)
    for (String u : List.of("sqlite:", "sqlite:a.db?mode=rx", "sqlite:a.db?mode=", "sqlite:a.db?nope=1", "sqlite:a.db?journal_mode=wal;x",
      "sqlite:a.db?busy_timeout=-5", "sqlite:a.db?busy_timeout=1e3", "sqlite:a.db?query_timeout=soon", "sqlite:a.db?transaction_mode=lazy",
      "sqlite:a.db?cache_prepared_statements=perhaps", "sqlite:a.db?prepared_statement_cache_max_size=-1", "sqlite://server/a.db",
      "sqlite:%G0.db", "sqlite:a.db?synchronous", "sqlite:a.db?foreign_key=on")) {
      cases.add(uri(u));
    }
    cases.add(new Case("invalid pragma in options", t -> Future.succeededFuture(new SqliteConnectOptions().addPragma("cache_size", "1 OR 1")),
      IllegalArgumentException.class, 0));
    cases.add(new Case("negative busy timeout", t -> Future.succeededFuture(new SqliteConnectOptions().setBusyTimeout(-1)), IllegalArgumentException.class, 0));
    cases.add(new Case("invalid savepoint name", t -> SqliteConnection.connect(t.vertx, new SqliteConnectOptions())
      .compose(c -> c.savepoint("a b").eventually(() -> c.close())), IllegalArgumentException.class, 0));
    // use after close
    cases.add(new Case("query after close", t -> t.closedConnection().compose(c -> c.query("SELECT 1").execute()), ClosedConnectionException.class, 0));
    cases.add(new Case("prepare after close", t -> t.closedConnection().compose(c -> c.prepare("SELECT 1")), ClosedConnectionException.class, 0));
    cases.add(new Case("begin after close", t -> t.closedConnection().compose(c -> c.begin()), ClosedConnectionException.class, 0));
    cases.add(new Case("closed pool", t -> {
      Pool p = SqliteTestSupport.pool(t.vertx, t.database, 1);
      return p.close().compose(v -> p.query("SELECT 1").execute())
        // Vert.x's own pool reports this one, with its internal NoStackTraceThrowable
        .recover(err -> Future.failedFuture(err.getMessage().equals("Pool closed") ? new IllegalStateException(err.getMessage(), err) : err));
    }, IllegalStateException.class, 0));
    return cases.stream();
  }

  String file(String prefix, String content) {
    try {
      Path p = Files.createTempFile(Path.of("target"), prefix, ".db");
      Files.writeString(p, content);
      return p.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A real database whose pages past the header are overwritten with garbage. */
  Future<?> corruptDatabase() {
    try {
      String path = SqliteTestSupport.newDatabase();
      Pool p = SqliteBuilder.pool().connectingTo(SqliteTestSupport.options(path).addPragma("journal_mode", "delete")).using(vertx).build();
      await(p.query("CREATE TABLE big (x TEXT); INSERT INTO big SELECT hex(randomblob(500)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n)").execute());
      await(p.close());
      byte[] bytes = Files.readAllBytes(Path.of(path));
      for (int i = 4096; i < bytes.length; i++) {
        bytes[i] = (byte) (i * 31);
      }
      Files.write(Path.of(path), bytes);
      Pool broken = SqliteBuilder.pool().connectingTo(SqliteTestSupport.options(path).addPragma("journal_mode", "delete")).using(vertx).build();
      return broken.query("SELECT count(*), max(x) FROM big").execute().eventually(() -> broken.close());
    } catch (Exception e) {
      return Future.failedFuture(e);
    }
  }

  Future<SqliteConnection> closedConnection() {
    return SqliteConnection.connect(vertx, SqliteTestSupport.options(database)).compose(c -> c.close().map(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void failsTypedAndClearThenThePoolServes(Case c) throws Exception {
    BadSqlCorpus.assertFailsTypedAndClear(c.name(), c.type(), c.primaryCode(), BadSqlCorpus.outcome(c.action(), this));
    assertEquals(1L, await(pool.query("SELECT count(*) FROM t WHERE id = 1").execute()).iterator().next().getValue(0));
  }

  @org.junit.jupiter.api.Test
  void theCorpusHasOverAHundredCases() {
    assertTrue(corpus().count() >= 100, "corpus size " + corpus().count());
  }

  @org.junit.jupiter.api.Test
  void hugeValuesWithinLimitsWork() {
    byte[] blob = new byte[20 * 1024 * 1024];
    blob[blob.length - 1] = 7;
    Buffer back = await(pool.preparedQuery("SELECT ?").execute(Tuple.of(Buffer.buffer(blob)))).iterator().next().getBuffer(0);
    assertEquals(blob.length, back.length());
    assertEquals(7, back.getByte(blob.length - 1));
    String nul = "x\u0000y";
    assertEquals(nul, await(pool.preparedQuery("SELECT ?").execute(Tuple.of(nul))).iterator().next().getString(0));
  }
}
