package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    await(pool.query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE, n INTEGER CHECK (n >= 0),"
      + " parent INTEGER REFERENCES t(id)); INSERT INTO t VALUES (1, 'one', 1, NULL)").execute());
    readOnly = SqliteBuilder.pool().connectingTo(SqliteTestSupport.options(database).setOpenMode(SqliteOpenMode.READ_ONLY)).using(vertx).build();
  }

  @AfterAll
  void stop() {
    await(vertx.close());
  }

  private static Case sql(String name, String text, int code) {
    return new Case("invalid SQL: " + name, t -> t.pool.query(text).execute(), SqliteException.class, code);
  }

  private static Case prepared(String name, String text, Tuple params, int code) {
    return new Case(name, t -> t.pool.preparedQuery(text).execute(params), SqliteException.class, code);
  }

  private static Case uri(String uri) {
    return new Case("invalid URI: " + uri, t -> Future.succeededFuture(SqlConnectOptions.fromUri(uri)), IllegalArgumentException.class, 0);
  }

  static Stream<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    // invalid SQL (SQLITE_ERROR = 1)
    String[][] invalid = {
      {"syntax", "SELEC 1"}, {"missing table", "SELECT * FROM nowhere"}, {"missing column", "SELECT nope FROM t"},
      {"unterminated string", "SELECT 'abc"}, {"unbalanced parenthesis", "SELECT (1 + 2"}, {"bad function", "SELECT no_such_fn(1)"},
      {"wrong function arity", "SELECT substr()"}, {"truncate", "TRUNCATE TABLE t"}, {"duplicate table", "CREATE TABLE t (x)"},
      {"drop missing", "DROP TABLE nowhere"}, {"bad join", "SELECT * FROM t JOIN"}, {"order by nonsense", "SELECT * FROM t ORDER BY"},
      {"insert arity", "INSERT INTO t (id, v) VALUES (1)"}, {"ambiguous column", "SELECT id FROM t a, t b"},
      {"bad alter", "ALTER TABLE t ADD"}, {"bad index", "CREATE INDEX i ON nowhere(x)"}, {"keyword as name", "SELECT * FROM select"},
      {"only a comma", ","}, {"bad cast", "SELECT CAST(1 AS INTEGER"}, {"window misuse", "SELECT row_number() FROM t"},
      {"bad pragma syntax", "PRAGMA = 1"}, {"attach nonsense", "ATTACH"}, {"nested aggregate", "SELECT max(count(*)) FROM t"},
      {"group by misuse", "SELECT * FROM t GROUP BY"}, {"recursive cte without union", "WITH RECURSIVE r AS (SELECT * FROM r) SELECT * FROM r"},
    };
    for (String[] c : invalid) {
      cases.add(sql(c[0], c[1], 1));
    }
    // constraints (SQLITE_CONSTRAINT = 19)
    cases.add(prepared("constraint: primary key", "INSERT INTO t (id, v) VALUES (?, ?)", Tuple.of(1, "dup"), 19));
    cases.add(prepared("constraint: unique", "INSERT INTO t (id, v) VALUES (?, ?)", Tuple.of(50, "one"), 19));
    cases.add(prepared("constraint: not null", "INSERT INTO t (id, v) VALUES (?, ?)", Tuple.tuple().addInteger(51).addValue(null), 19));
    cases.add(prepared("constraint: check", "INSERT INTO t (id, v, n) VALUES (?, ?, ?)", Tuple.of(52, "x52", -1), 19));
    cases.add(prepared("constraint: foreign key", "INSERT INTO t (id, v, parent) VALUES (?, ?, ?)", Tuple.of(53, "x53", 999), 19));
    // wrong parameter count (SQLITE_RANGE = 25)
    for (int given = 0; given <= 4; given++) {
      if (given == 2) {
        continue;
      }
      Tuple params = Tuple.tuple();
      for (int i = 0; i < given; i++) {
        params.addInteger(i);
      }
      cases.add(prepared("parameter count " + given + " for 2", "SELECT ?, ?", params, 25));
      cases.add(prepared("parameter count " + given + " for ?2 ?1", "SELECT ?2, ?1", params, 25));
    }
    cases.add(prepared("parameters for none", "SELECT 1", Tuple.of(1), 25));
    cases.add(prepared("too few named", "SELECT :a, :b", Tuple.of(1), 25));
    cases.add(new Case("parameters in a simple query", t -> t.pool.query("SELECT ?").execute(), SqliteException.class, 25));
    cases.add(new Case("batch arity", t -> t.pool.preparedQuery("SELECT ?").executeBatch(List.of(Tuple.of(1), Tuple.of(1, 2))), SqliteException.class, 25));
    // unsupported parameter types (SQLITE_MISMATCH = 20)
    Object[] unsupported = {new Object(), new int[] {1}, new String[] {"a"}, List.of(1, 2), new Integer[] {1},
      new java.util.Date(), Thread.currentThread(), new StringBuilder("x"), java.time.Duration.ofSeconds(1),
      java.time.Period.ofDays(1), io.vertx.sqlclient.data.Numeric.NaN, new JsonObject[] {new JsonObject()}};
    for (Object value : unsupported) {
      cases.add(prepared("unsupported parameter " + value.getClass().getSimpleName(), "SELECT ?", Tuple.of(value), 20));
    }
    // too big (SQLITE_TOOBIG = 18)
    cases.add(sql("huge blob", "SELECT zeroblob(2000000000) || 'x'", 18));
    cases.add(sql("huge text", "SELECT printf('%.*c', 2000000000, 'x')", 18));
    cases.add(sql("huge randomblob", "SELECT randomblob(2000000001)", 18));
    cases.add(prepared("huge replace", "SELECT replace(zeroblob(1100000000), x'00', 'ab')", Tuple.tuple(), 18));
    // NUL characters in the SQL text (SQLITE_MISUSE = 21)
    cases.add(sql("NUL in a literal", "SELECT 'a\u0000b'", 21));
    cases.add(sql("NUL hiding a statement", "SELECT 1\u0000; DROP TABLE t", 21));
    cases.add(prepared("NUL in prepared text", "SELECT 1\u0000", Tuple.tuple(), 21));
    // misuse (SQLITE_MISUSE = 21)
    cases.add(prepared("two statements prepared", "SELECT 1; SELECT 2", Tuple.tuple(), 21));
    cases.add(prepared("empty prepared", "", Tuple.tuple(), 21));
    cases.add(prepared("comment-only prepared", "-- nothing", Tuple.tuple(), 21));
    cases.add(new Case("empty batch", t -> t.pool.preparedQuery("SELECT ?").executeBatch(List.of()), SqliteException.class, 21));
    // transactions misuse (SQLITE_ERROR = 1)
    cases.add(sql("commit without transaction", "COMMIT", 1));
    cases.add(sql("rollback without transaction", "ROLLBACK", 1));
    cases.add(sql("release unknown savepoint", "RELEASE nope", 1));
    cases.add(new Case("nested begin", t -> t.pool.withConnection(c -> c.begin().compose(tx -> c.query("BEGIN").execute()
      .eventually(() -> tx.rollback()))), SqliteException.class, 1));
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
    Future<?> outcome;
    try {
      outcome = c.action().apply(this);
    } catch (RuntimeException thrown) {
      outcome = Future.failedFuture(thrown); // refused at once, on the caller's thread
    }
    Throwable failure;
    try {
      outcome.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      failure = null;
    } catch (java.util.concurrent.ExecutionException e) {
      failure = e.getCause();
    }
    assertNotNull(failure, c.name() + " succeeded");
    assertInstanceOf(c.type(), failure, c.name() + " failed with " + failure);
    assertNotNull(failure.getMessage());
    assertFalse(failure.getMessage().isBlank());
    if (c.primaryCode() != 0) {
      SqliteException e = (SqliteException) failure;
      assertEquals(c.primaryCode(), e.getPrimaryCode(), c.name() + ": " + e.getMessage());
      assertTrue(e.getMessage().startsWith("[" + e.getCodeName() + "]"), e.getMessage());
    }
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
