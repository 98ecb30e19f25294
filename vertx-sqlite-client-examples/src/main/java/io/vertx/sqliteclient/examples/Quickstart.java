package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteClient;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The quickstart: a pool over a file database, a table, a transaction, a prepared query and a stream.
 * Run it with {@code ./mvnw -pl vertx-sqlite-client-examples exec:java}; it prints what it did, on
 * {@code data/quickstart.db} unless given another database.
 */
public final class Quickstart {

  private Quickstart() {
  }

  public static void main(String[] args) {
    String database = ExampleLauncher.fileArgument(args, 0, "quickstart.db");   // data/quickstart.db by default
    Vertx vertx = ExampleLauncher.vertxClosedOnShutdown();
    ExampleLauncher.awaitOrExit(run(vertx, database, System.out::println), "Quickstart failed");
    vertx.close();                            // then the JVM ends: nothing else runs
  }

  /** Runs the example against {@code database}, reporting each step to {@code out}. */
  public static Future<Void> run(Vertx vertx, String database, Consumer<String> out) {
    // tag::pool[]
    SqliteConnectOptions options = new SqliteConnectOptions()
      .setDatabase(database);                  // a file path, or ":memory:"
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(4))
      .connectingTo(options)
      .using(vertx)
      .build();
    // end::pool[]
    out.accept("Opened " + database + " with a pool of 4 connections");

    return pool.query("CREATE TABLE IF NOT EXISTS fruit (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price NUMERIC)")
      .execute()
      .compose(v -> pool.query("DELETE FROM fruit").execute())
      .compose(v -> insertInATransaction(pool, out))
      .compose(v -> preparedQuery(pool, out))
      .compose(v -> stream(pool, out))
      .eventually(() -> pool.close());
  }

  private static Future<Void> insertInATransaction(Pool pool, Consumer<String> out) {
    // tag::transaction[]
    Future<RowSet<Row>> inserted = pool.withTransaction(conn -> conn
      .preparedQuery("INSERT INTO fruit (name, price) VALUES (?, ?)")
      .executeBatch(List.of(
        Tuple.of("apple", new java.math.BigDecimal("0.50")),
        Tuple.of("pear", new java.math.BigDecimal("0.75")),
        Tuple.of("cherry", new java.math.BigDecimal("4.20")))));
    // end::transaction[]
    return inserted.map(rows -> {
      out.accept("Inserted 3 fruits in one transaction");
      return null;
    });
  }

  private static Future<Void> preparedQuery(Pool pool, Consumer<String> out) {
    // tag::prepared[]
    Future<RowSet<Row>> cheap = pool
      .preparedQuery("SELECT id, name, price FROM fruit WHERE price < ?1 ORDER BY price")
      .execute(Tuple.of(1));
    // end::prepared[]
    return cheap.compose(rows -> {
      for (Row row : rows) {
        out.accept("Cheap: " + row.getString("name") + " at " + row.getBigDecimal("price"));
      }
      return pool.preparedQuery("INSERT INTO fruit (name, price) VALUES (?, ?)").execute(Tuple.of("kiwi", 1.1));
    }).map(rows -> {
      // tag::last-id[]
      long id = rows.property(SqliteClient.LAST_INSERTED_ID);
      // end::last-id[]
      out.accept("Inserted kiwi with id " + id);
      return null;
    });
  }

  private static Future<Void> stream(Pool pool, Consumer<String> out) {
    List<String> names = new ArrayList<>();
    return pool.withConnection(conn -> conn.prepare("SELECT name FROM fruit ORDER BY name").compose(ps -> {
      // tag::stream[]
      io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
      ps.createStream(2)                       // fetch 2 rows at a time from SQLite
        .exceptionHandler(done::fail)
        .endHandler(v -> done.complete())
        .handler(row -> names.add(row.getString("name")));
      // end::stream[]
      return done.future();
    })).map(v -> {
      out.accept("Streamed " + names.size() + " fruits: " + String.join(", ", names));
      return null;
    });
  }
}
