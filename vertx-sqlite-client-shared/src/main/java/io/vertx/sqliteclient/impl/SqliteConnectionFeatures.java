package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.Callback;
import io.github.vertxsqlite.engine.ChangeListener;
import io.github.vertxsqlite.engine.ConnectionState;
import io.github.vertxsqlite.engine.Pragmas;
import io.github.vertxsqlite.engine.QueryResult;
import io.github.vertxsqlite.engine.SqliteEngine;
import io.github.vertxsqlite.engine.UserFunction;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteAggregate;
import io.vertx.sqliteclient.SqliteChange;
import io.vertx.sqliteclient.SqliteChangeKind;
import io.vertx.sqliteclient.SqliteColumn;
import io.vertx.sqliteclient.EngineTransaction;
import io.vertx.sqliteclient.SqliteConnection;
import io.vertx.sqliteclient.SqliteException;
import io.vertx.sqliteclient.SqliteForeignKey;
import io.vertx.sqliteclient.SqliteFunction;
import io.vertx.sqliteclient.SqliteIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The SQLite-specific half of a connection, written once for both Vert.x lines: each line's
 * {@code SqliteConnectionImpl} extends that line's SQL client connection and supplies the four accessors
 * below. Every operation runs on the engine, in order with the connection's SQL commands.
 */
public interface SqliteConnectionFeatures extends SqliteConnection {

  Pattern SAVEPOINT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The context commands complete on. */
  Context connectionContext();

  /** The line's way to complete on a context. */
  ContextAccess contextAccess();

  /** This connection's engine, its result decoder and its way back to its context. */
  EngineLink link();

  /** This connection's engine. */
  default SqliteEngine engine() {
    return link().engine();
  }

  /** The change streams subscribed on this connection (a thread-safe list the implementation keeps). */
  List<ChangeStream> changeStreams();

  @Override
  default Future<Void> savepoint(String name) {
    return savepointCommand("SAVEPOINT ", name);
  }

  @Override
  default Future<Void> releaseSavepoint(String name) {
    return savepointCommand("RELEASE SAVEPOINT ", name);
  }

  @Override
  default Future<Void> rollbackToSavepoint(String name) {
    return savepointCommand("ROLLBACK TO SAVEPOINT ", name);
  }

  /** Runs in order with the connection's other commands, inside its transaction when there is one. */
  private Future<Void> savepointCommand(String verb, String name) {
    if (name == null || !SAVEPOINT_NAME.matcher(name).matches()) {
      return contextAccess().failedFuture(connectionContext(), new IllegalArgumentException("Invalid savepoint name '" + name + "': use letters, digits and underscores"));
    }
    return query(verb + name).execute().mapEmpty();
  }

  @Override
  default <T> Future<T> withEngineTransaction(Function<EngineTransaction, T> work) {
    return EngineTransactions.onConnection(this, work);
  }

  // ---- SQLite-specific operations: each runs on the engine, in order with the connection's commands ----

  /** Runs an engine call and completes on this connection's context, with engine failures made typed. */
  private <T> Future<T> call(Consumer<Callback<T>> invocation) {
    Promise<T> promise = contextAccess().promise(connectionContext());
    invocation.accept((result, err) -> {
      if (err != null) {
        promise.fail(Failures.toVertx(err));
      } else {
        promise.complete(result);
      }
    });
    return promise.future();
  }

  private <T> Future<T> state(Function<ConnectionState, T> field) {
    return this.<ConnectionState>call(engine()::state).map(field);
  }

  @Override
  default Future<Long> changes() {
    return state(ConnectionState::changes);
  }

  @Override
  default Future<Long> totalChanges() {
    return state(ConnectionState::totalChanges);
  }

  @Override
  default Future<Boolean> inTransaction() {
    return state(ConnectionState::inTransaction);
  }

  @Override
  default Future<Boolean> readOnly() {
    return state(ConnectionState::readOnly);
  }

  @Override
  default Future<Long> lastInsertRowid() {
    return state(ConnectionState::lastInsertRowid);
  }

  @Override
  default Future<String> dump() {
    return Dump.query(this).compose(sql -> query(sql).execute()).map(rows -> {
      StringBuilder sb = new StringBuilder();
      rows.forEach(r -> sb.append(r.getString(0)).append('\n'));
      return sb.toString();
    });
  }

  @Override
  default ReadStream<String> dumpStream() {
    return new Dump.Statements(Dump.query(this).compose(this::prepare).map(ps -> ps.createStream(256)));
  }

  // ---- change notifications: one engine listener fans out to every subscribed stream ----

  @Override
  default ReadStream<SqliteChange> changeStream() {
    Context current = Vertx.currentContext();
    Context subscriber = current != null ? current : connectionContext();
    List<ChangeStream> changeStreams = changeStreams();
    ChangeStream[] self = new ChangeStream[1];
    self[0] = new ChangeStream(contextAccess(), subscriber, () -> {
      changeStreams.remove(self[0]);
      if (changeStreams.isEmpty()) {
        engine().changeListener(null, (v, e) -> { });
      }
    });
    boolean first = changeStreams.isEmpty();
    changeStreams.add(self[0]);
    if (first) {
      engine().changeListener(new ChangeListener() {
        @Override
        public void onChange(ChangeListener.Operation operation, String database, String table, long rowid) {
          publish(new SqliteChange().setKind(SqliteChangeKind.valueOf(operation.name())).setDatabase(database).setTable(table).setRowid(rowid));
        }

        @Override
        public void onCommit() {
          publish(new SqliteChange().setKind(SqliteChangeKind.COMMIT));
        }

        @Override
        public void onRollback() {
          publish(new SqliteChange().setKind(SqliteChangeKind.ROLLBACK));
        }
      }, (v, e) -> { });
    }
    return self[0];
  }

  private void publish(SqliteChange change) {
    for (ChangeStream stream : changeStreams()) {
      stream.offer(change);
    }
  }

  // ---- schema ----

  @Override
  default Future<List<String>> tables() {
    return SchemaQueries.names(this, "table");
  }

  @Override
  default Future<List<String>> views() {
    return SchemaQueries.names(this, "view");
  }

  @Override
  default Future<List<SqliteColumn>> columns(String table) {
    return SchemaQueries.columns(this, table);
  }

  @Override
  default Future<List<SqliteIndex>> indexes(String table) {
    return SchemaQueries.indexes(this, table);
  }

  @Override
  default Future<List<SqliteForeignKey>> foreignKeys(String table) {
    return SchemaQueries.foreignKeys(this, table);
  }

  @Override
  default Future<List<JsonObject>> readPragma(String name) {
    return readPragma(name, null);
  }

  @Override
  default Future<List<JsonObject>> readPragma(String name, String argument) {
    String sql;
    try {
      sql = Pragmas.query(name, argument); // validated here: refused at once, on the caller's thread
    } catch (IllegalArgumentException e) {
      return contextAccess().failedFuture(connectionContext(), e);
    }
    return query(sql).execute().map(rows -> {
      List<JsonObject> list = new ArrayList<>(rows.size());
      rows.forEach(row -> list.add(row.toJson()));
      return list;
    });
  }

  @Override
  default Future<Void> setPragma(String name, String value) {
    return this.<QueryResult>call(cb -> engine().setPragma(name, value, cb)).mapEmpty(); // the engine checks it
  }

  @Override
  default Future<Buffer> serialize() {
    return this.<byte[]>call(cb -> engine().serialize("main", cb)).map(Buffer::buffer);
  }

  @Override
  default Future<Void> deserialize(Buffer image) {
    return call(cb -> engine().deserialize("main", image.getBytes(), cb));
  }

  @Override
  default Future<Void> backup(String path, int pagesPerStep, Handler<Double> progress) {
    if (pagesPerStep <= 0) {
      return contextAccess().failedFuture(connectionContext(), new IllegalArgumentException("pagesPerStep must be > 0, got " + pagesPerStep));
    }
    return call(cb -> engine().backup("main", path, pagesPerStep, (remaining, total) -> {
      if (progress != null && total > 0) {
        double done = 1.0 - (double) remaining / total;
        try {
          contextAccess().emit(connectionContext(), done, progress);
        } catch (RejectedExecutionException callerGone) {
          // Vert.x shut down: the backup finishes, nobody is left to tell
        }
      }
    }, cb));
  }

  @Override
  default Future<Void> backup(String path) {
    return backup(path, 100, null);
  }

  @Override
  default Future<Void> backup(SqliteConnection target, int pagesPerStep, Handler<Double> progress) {
    Path temp;
    try {
      temp = Files.createTempFile("vertx-sqlite-backup-", ".db");
    } catch (IOException e) {
      return contextAccess().failedFuture(connectionContext(), e);
    }
    return backup(temp.toString(), pagesPerStep, progress)
      .compose(v -> target.restore(temp.toString()))
      .transform(outcome -> connectionContext().owner().fileSystem().delete(temp.toString())
        .transform(deleted -> outcome.succeeded() ? Future.<Void>succeededFuture() : Future.<Void>failedFuture(outcome.cause())));
  }

  @Override
  default Future<Void> backup(SqliteConnection target) {
    return backup(target, 100, null);
  }

  @Override
  default Future<Void> restore(String path) {
    return call(cb -> engine().restore("main", path, cb));
  }

  @Override
  default Future<Void> executeScript(String sql) {
    return query(sql).execute().mapEmpty();
  }

  @Override
  default Future<Void> loadExtension(String path) {
    return call(cb -> engine().loadExtension(path, cb));
  }

  @Override
  default Future<Void> createFunction(String name, int arity, boolean deterministic, SqliteFunction function) {
    return register(() -> UserFunctions.scalar(name, arity, deterministic, function));
  }

  @Override
  default <S> Future<Void> createAggregate(String name, int arity, boolean deterministic, SqliteAggregate<S> aggregate) {
    return register(() -> UserFunctions.aggregate(name, arity, deterministic, aggregate));
  }

  @Override
  default Future<Void> createCollation(String name, Comparator<String> comparator) {
    return register(() -> UserFunctions.collation(name, comparator));
  }

  private Future<Void> register(Supplier<UserFunction> definition) {
    UserFunction function;
    try {
      function = definition.get();
    } catch (IllegalArgumentException e) {
      return contextAccess().failedFuture(connectionContext(), e);
    }
    return call(cb -> engine().register(function, cb));
  }

  /** Ends every change stream; the implementation calls it when the connection closes. */
  default void endChangeStreams() {
    changeStreams().forEach(ChangeStream::end);
  }

  /**
   * What a close does first, before the SQL client's own close. A standalone connection closes its engine at once,
   * so a running statement cannot hold the close up. A pooled one is reset for its next user: what still runs
   * is interrupted and fails, what is queued fails, cursors end and a transaction is rolled back, so the pool's
   * next borrower waits for none of it.
   */
  default void leaveEngine(boolean standalone) {
    if (standalone) {
      engine().close((v, failure) -> { }); // completes with the SQL client's close
    } else {
      engine().reset((v, failure) -> { });
    }
  }
}
