package io.vertx.sqliteclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Bad SQL and bad parameters, each with the failure SQLite gives it: what any driver that runs SQLite's SQL must
 * refuse with a typed, clear error, promptly, and leave its pool serving. {@code BadInputCorpusTest} runs them
 * with the cases about files, URIs and options; the dqlite driver runs them on a cluster.
 */
public final class BadSqlCorpus {

  /** The table the cases run against, with row 1 that must still be there after each. */
  public static final String SCHEMA = "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE,"
    + " n INTEGER CHECK (n >= 0), parent INTEGER REFERENCES t(id)); INSERT INTO t VALUES (1, 'one', 1, NULL)";

  private BadSqlCorpus() {
  }

  /** One bad input: what it does on a pool, and the failure expected (a primary code, or 0 for non-SQLite errors). */
  public record Case(String name, Function<Pool, Future<?>> action, Class<? extends Throwable> type, int primaryCode) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case sql(String name, String text, int code) {
    return new Case("invalid SQL: " + name, pool -> pool.query(text).execute(), SqliteException.class, code);
  }

  private static Case prepared(String name, String text, Tuple params, int code) {
    return new Case(name, pool -> pool.preparedQuery(text).execute(params), SqliteException.class, code);
  }

  public static List<Case> cases() {
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
    cases.add(new Case("parameters in a simple query", pool -> pool.query("SELECT ?").execute(), SqliteException.class, 25));
    cases.add(new Case("batch arity", pool -> pool.preparedQuery("SELECT ?").executeBatch(List.of(Tuple.of(1), Tuple.of(1, 2))), SqliteException.class, 25));
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
    cases.add(new Case("empty batch", pool -> pool.preparedQuery("SELECT ?").executeBatch(List.of()), SqliteException.class, 21));
    // transactions misuse (SQLITE_ERROR = 1)
    cases.add(sql("commit without transaction", "COMMIT", 1));
    cases.add(sql("rollback without transaction", "ROLLBACK", 1));
    cases.add(sql("release unknown savepoint", "RELEASE nope", 1));
    cases.add(new Case("nested begin", pool -> pool.withConnection(c -> c.begin().compose(tx -> c.query("BEGIN").execute()
      .eventually(() -> tx.rollback()))), SqliteException.class, 1));
    return cases;
  }

  /**
   * Checks that {@code outcome} of case {@code c} failed in time with the expected type, a message, and (for a
   * SQLite error) the expected primary code and a message that starts with the code's name.
   */
  public static void assertFailsTypedAndClear(String name, Class<? extends Throwable> type, int primaryCode, Future<?> outcome)
    throws Exception {
    Throwable failure;
    try {
      outcome.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      failure = null;
    } catch (java.util.concurrent.ExecutionException e) {
      failure = e.getCause();
    }
    assertNotNull(failure, name + " succeeded");
    assertInstanceOf(type, failure, name + " failed with " + failure);
    assertNotNull(failure.getMessage());
    assertFalse(failure.getMessage().isBlank());
    if (primaryCode != 0) {
      SqliteException e = (SqliteException) failure;
      assertEquals(primaryCode, e.getPrimaryCode(), name + ": " + e.getMessage());
      assertTrue(e.getMessage().startsWith("[" + e.getCodeName() + "]"), e.getMessage());
    }
  }

  /** Runs {@code action}; a refusal thrown at once on the caller's thread counts as its failure. */
  public static <T> Future<?> outcome(Function<T, Future<?>> action, T on) {
    try {
      return action.apply(on);
    } catch (RuntimeException thrown) {
      return Future.failedFuture(thrown);
    }
  }
}
