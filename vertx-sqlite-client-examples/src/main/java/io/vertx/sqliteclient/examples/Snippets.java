package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnectOptions;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import io.vertx.sqliteclient.SqliteException;
import io.vertx.sqliteclient.SqliteOpenMode;

/** Code shown in docs/; each method is run by SnippetsTest so the docs show code that works. */
public final class Snippets {

  private Snippets() {
  }

  public static SqliteConnectOptions options(String database) {
    // tag::options[]
    SqliteConnectOptions options = new SqliteConnectOptions()
      .setDatabase(database)                   // file path or ":memory:"
      .setOpenMode(SqliteOpenMode.READ_WRITE_CREATE)
      .setBusyTimeout(5000)                    // ms SQLite waits on a locked database
      .addPragma("foreign_keys", "on")         // applied to every new connection
      .setCachePreparedStatements(true)        // on by default
      .setPreparedStatementCacheMaxSize(256);
    // end::options[]
    return options;
  }

  public static Pool poolFromUri(Vertx vertx, String database) {
    // tag::uri[]
    SqlConnectOptions options = SqlConnectOptions.fromUri(
      "sqlite:" + database + "?journal_mode=wal&foreign_keys=on&busy_timeout=2000");
    Pool pool = Pool.pool(vertx, options, new PoolOptions().setMaxSize(4));
    // end::uri[]
    return pool;
  }

  /** A pool without a pipelined lane: each one-shot query takes a pooled connection of its own. */
  public static Pool singleLanePool(Vertx vertx, String database) {
    // tag::single-lane[]
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(4))
      .connectingTo(new SqliteConnectOptions()
        .setDatabase(database)
        .setPipeliningLimit(1))               // no pipelined lane: one query per connection at a time
      .using(vertx)
      .build();
    // end::single-lane[]
    return pool;
  }

  public static Future<SqliteConnection> connect(Vertx vertx) {
    // tag::connect[]
    Future<SqliteConnection> conn = SqliteConnection.connect(vertx, "sqlite::memory:");
    // end::connect[]
    return conn;
  }

  public static Future<Integer> transfer(Pool pool, long from, long to, long amount) {
    // tag::with-transaction[]
    Future<Integer> moved = pool.withTransaction(conn -> conn
      .preparedQuery("UPDATE account SET balance = balance - ?1 WHERE id = ?2")
      .execute(Tuple.of(amount, from))
      .compose(r -> conn
        .preparedQuery("UPDATE account SET balance = balance + ?1 WHERE id = ?2")
        .execute(Tuple.of(amount, to)))
      .map(RowSet::rowCount));                  // any failure rolls the whole transaction back
    // end::with-transaction[]
    return moved;
  }

  public static Future<Integer> readWithCursor(Pool pool) {
    return pool.withConnection(conn -> conn.prepare("SELECT balance FROM account ORDER BY id").compose(ps -> {
      // tag::cursor[]
      Cursor cursor = ps.cursor();
      Future<Integer> firstTen = cursor.read(10)    // the statement stays open on the engine thread
        .compose(rows -> cursor.close().map(rows.size()));
      // end::cursor[]
      return firstTen;
    }));
  }

  public static Future<String> describeError(Pool pool) {
    // tag::errors[]
    Future<String> outcome = pool.query("INSERT INTO account (id, balance) VALUES (1, 0)").execute()
      .map(rows -> "inserted")
      .recover(err -> {
        if (err instanceof SqliteException) {
          SqliteException e = (SqliteException) err;
          // e.g. 19 / 1555 / SQLITE_CONSTRAINT_PRIMARYKEY
          return Future.succeededFuture(e.getPrimaryCode() + " / " + e.getExtendedCode() + " / " + e.getCodeName());
        }
        return Future.failedFuture(err);
      });
    // end::errors[]
    return outcome;
  }

  public static Future<Void> savepoints(SqliteConnection conn) {
    // tag::savepoints[]
    Future<Void> done = conn.begin().compose(tx -> conn
      .query("INSERT INTO account (id, balance) VALUES (10, 5)").execute()
      .compose(r -> conn.savepoint("risky"))                    // SAVEPOINT risky
      .compose(v -> conn.query("UPDATE account SET balance = 0").execute())
      .compose(r -> conn.rollbackToSavepoint("risky"))          // undo the UPDATE only
      .compose(v -> conn.releaseSavepoint("risky"))
      .compose(v -> tx.commit()));                              // the INSERT is kept
    // end::savepoints[]
    return done;
  }

  public static Future<Row> typedValues(Pool pool) {
    // tag::types[]
    Future<Row> row = pool
      .preparedQuery("SELECT date(?1) AS d, ?2 AS flag, json_object('k', ?3) AS doc")
      .execute(Tuple.of(java.time.LocalDate.of(2024, 2, 29), true, 42))
      .map(rows -> rows.iterator().next());
    // row.getLocalDate("d"), row.getBoolean("flag"), row.getJsonObject("doc") read SQLite's natural forms
    // end::types[]
    return row;
  }
}
