package io.vertx.sqliteclient.impl;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The database as SQL text, like sqlite3's {@code .dump}: one query whose rows are the statements, in order —
 * tables, their rows as INSERTs ({@code quote()} for exact text and BLOBs, 17 significant digits for REALs),
 * then indexes, triggers and views — inside {@code BEGIN TRANSACTION; … COMMIT;}.
 */
final class Dump {

  private static final String OBJECTS =
    "SELECT name, type, sql FROM sqlite_schema WHERE sql NOT NULL"
      + " AND (name NOT LIKE 'sqlite\\_%' ESCAPE '\\' OR name = 'sqlite_sequence') ORDER BY "
      + "CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, name";

  private Dump() {
  }

  /** The query producing the dump, one statement per row; built from the current schema. */
  static Future<String> query(SqlConnection conn) {
    return conn.query(OBJECTS).execute().compose(objects -> {
      List<String> tables = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      parts.add("SELECT 'PRAGMA foreign_keys=OFF;'");
      parts.add("SELECT 'BEGIN TRANSACTION;'");
      List<String> later = new ArrayList<>();
      for (Row o : objects) {
        if ("sqlite_sequence".equals(o.getString("name"))) {
          // created by AUTOINCREMENT tables; only its counters are data
          later.add(0, "SELECT 'INSERT INTO sqlite_sequence(name,seq) VALUES(' || quote(name) || ',' || seq || ');' FROM sqlite_sequence");
          later.add(0, "SELECT 'DELETE FROM sqlite_sequence;'");
          continue;
        }
        String statement = literal(o.getString("sql") + ";");
        if ("table".equals(o.getString("type"))) {
          parts.add("SELECT " + statement);
          tables.add(o.getString("name"));
          parts.add(null); // placeholder: this table's INSERTs, filled below
        } else {
          later.add("SELECT " + statement);
        }
      }
      return Future.join(tables.stream().map(t -> inserts(conn, t)).collect(Collectors.toList())).map(inserts -> {
        List<String> all = new ArrayList<>();
        int t = 0;
        for (String part : parts) {
          all.add(part != null ? part : inserts.<String>resultAt(t++));
        }
        all.addAll(later);
        all.add("SELECT 'COMMIT;'");
        return String.join(" UNION ALL ", all);
      });
    });
  }

  /** {@code SELECT 'INSERT INTO "t"("a","b") VALUES(' || … || ');' FROM "t"} for one table. */
  private static Future<String> inserts(SqlConnection conn, String table) {
    return conn.preparedQuery("SELECT name FROM pragma_table_info(?1) ORDER BY cid").execute(io.vertx.sqlclient.Tuple.of(table))
      .map(columns -> {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.getString(0)));
        String columnList = names.stream().map(Dump::identifier).collect(Collectors.joining(","));
        String values = names.stream()
          .map(c -> "CASE typeof(" + identifier(c) + ") WHEN 'real' THEN printf('%!.17g', " + identifier(c) + ") ELSE quote(" + identifier(c) + ") END")
          .collect(Collectors.joining(" || ',' || "));
        return "SELECT " + literal("INSERT INTO " + identifier(table) + "(" + columnList + ") VALUES(") + " || " + values
          + " || ');' FROM " + identifier(table);
      });
  }

  static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * The dump query's rows seen as statements. The query is built from the schema first, so the row stream
   * arrives later: until then the handlers and the demand are kept here, then handed to it. Synchronized, so
   * a caller off the connection's context cannot race the hand-over.
   */
  static final class Statements implements ReadStream<String> {
    private RowStream<Row> rows;
    private Throwable failure;
    private Handler<String> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private boolean paused;
    private long fetched;

    /** {@code source} completes on the connection's context, where the stream is used. */
    Statements(Future<RowStream<Row>> source) {
      source.onComplete(ar -> {
        synchronized (this) {
          ready(ar);
        }
      });
    }

    private void ready(AsyncResult<RowStream<Row>> ar) {
      if (ar.failed()) {
        failure = ar.cause();
        reportFailure();
        return;
      }
      rows = ar.result();
      rows.exceptionHandler(exceptionHandler).endHandler(endHandler);
      if (paused) {
        rows.pause();
      }
      if (fetched > 0) {
        rows.fetch(fetched);
      }
      handler(handler);
    }

    private void reportFailure() {
      Handler<Throwable> h = exceptionHandler;
      if (failure != null && h != null) {
        Throwable f = failure;
        failure = null;
        h.handle(f);
      }
    }

    @Override
    public synchronized Statements exceptionHandler(Handler<Throwable> handler) {
      exceptionHandler = handler;
      if (rows != null) {
        rows.exceptionHandler(handler);
      }
      reportFailure();
      return this;
    }

    @Override
    public synchronized Statements handler(Handler<String> handler) {
      this.handler = handler;
      if (rows != null) {
        rows.handler(handler == null ? null : row -> handler.handle(row.getString(0)));
      }
      return this;
    }

    @Override
    public synchronized Statements pause() {
      paused = true;
      if (rows != null) {
        rows.pause();
      }
      return this;
    }

    @Override
    public synchronized Statements resume() {
      paused = false;
      if (rows != null) {
        rows.resume();
      }
      return this;
    }

    @Override
    public synchronized Statements fetch(long amount) {
      if (rows != null) {
        rows.fetch(amount);
      } else {
        fetched = fetched + amount < 0 ? Long.MAX_VALUE : fetched + amount;
      }
      return this;
    }

    @Override
    public synchronized Statements endHandler(Handler<Void> endHandler) {
      this.endHandler = endHandler;
      if (rows != null) {
        rows.endHandler(endHandler);
      }
      return this;
    }
  }
}
