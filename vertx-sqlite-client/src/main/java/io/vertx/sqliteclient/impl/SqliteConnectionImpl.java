package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.Callback;
import io.github.vertxsqlite.engine.ChangeListener;
import io.vertx.core.streams.ReadStream;
import io.vertx.sqliteclient.SqliteChange;
import io.vertx.sqliteclient.SqliteChangeKind;
import io.github.vertxsqlite.engine.ConnectionState;
import io.github.vertxsqlite.engine.Pragmas;
import io.github.vertxsqlite.engine.QueryResult;
import io.github.vertxsqlite.engine.SqliteEngine;
import io.github.vertxsqlite.engine.UserFunction;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteAggregate;
import io.vertx.sqliteclient.SqliteColumn;
import io.vertx.sqliteclient.SqliteException;
import io.vertx.sqliteclient.SqliteForeignKey;
import io.vertx.sqliteclient.SqliteIndex;
import java.util.ArrayList;
import java.util.List;
import io.vertx.sqliteclient.SqliteFunction;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.sqlclient.internal.Connection;
import io.vertx.sqlclient.internal.SqlConnectionBase;
import io.vertx.sqlclient.spi.ConnectionFactory;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import io.vertx.sqliteclient.spi.SqliteDriver;

/** The user-facing connection: the SQL client's connection API over an {@link SqliteEngineConnection}. */
public class SqliteConnectionImpl extends SqlConnectionBase<SqliteConnectionImpl> implements SqliteConnection {

  public SqliteConnectionImpl(ContextInternal context, ConnectionFactory<SqliteConnectOptions> factory, Connection conn) {
    super(context, factory, conn, SqliteDriver.INSTANCE);
  }

  private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Override
  public Future<Void> savepoint(String name) {
    return savepointCommand("SAVEPOINT ", name);
  }

  @Override
  public Future<Void> releaseSavepoint(String name) {
    return savepointCommand("RELEASE SAVEPOINT ", name);
  }

  @Override
  public Future<Void> rollbackToSavepoint(String name) {
    return savepointCommand("ROLLBACK TO SAVEPOINT ", name);
  }

  /** Runs in order with the connection's other commands, inside its transaction when there is one. */
  private Future<Void> savepointCommand(String verb, String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      return context.failedFuture(new IllegalArgumentException("Invalid savepoint name '" + name + "': use letters, digits and underscores"));
    }
    return query(verb + name).execute().mapEmpty();
  }

  // ---- SQLite-specific operations: each runs on the engine, in order with the connection's commands ----

  private SqliteEngine engine() {
    return ((SqliteEngineConnection) conn.unwrap()).engine();
  }

  /** Runs an engine call and completes on this connection's context, with engine failures made typed. */
  private <T> Future<T> call(java.util.function.Consumer<Callback<T>> invocation) {
    io.vertx.core.Promise<T> promise = context.promise();
    invocation.accept((result, err) -> {
      if (err != null) {
        promise.fail(Failures.toVertx(err));
      } else {
        promise.complete(result);
      }
    });
    return promise.future();
  }

  private <T> Future<T> state(java.util.function.Function<ConnectionState, T> field) {
    return this.<ConnectionState>call(engine()::state).map(field);
  }

  @Override
  public Future<Long> changes() {
    return state(ConnectionState::changes);
  }

  @Override
  public Future<Long> totalChanges() {
    return state(ConnectionState::totalChanges);
  }

  @Override
  public Future<Boolean> inTransaction() {
    return state(ConnectionState::inTransaction);
  }

  @Override
  public Future<Long> lastInsertRowid() {
    return state(ConnectionState::lastInsertRowid);
  }

  @Override
  public Future<String> dump() {
    return Dump.query(this).compose(sql -> query(sql).execute()).map(rows -> {
      StringBuilder sb = new StringBuilder();
      rows.forEach(r -> sb.append(r.getString(0)).append('\n'));
      return sb.toString();
    });
  }

  @Override
  public Future<ReadStream<String>> dumpStream() {
    return Dump.query(this).compose(this::prepare).map(ps -> new Dump.Statements(ps.createStream(256)));
  }

  // ---- change notifications: one engine listener fans out to every subscribed stream ----

  private final java.util.List<ChangeStream> changeStreams = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public ReadStream<SqliteChange> changeStream() {
    io.vertx.core.Context current = io.vertx.core.Vertx.currentContext();
    ContextInternal subscriber = current instanceof ContextInternal ? (ContextInternal) current : context;
    ChangeStream[] self = new ChangeStream[1];
    self[0] = new ChangeStream(subscriber, () -> {
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

  @Override
  public void handleClosed() {
    changeStreams.forEach(ChangeStream::end);
    super.handleClosed();
  }

  private void publish(SqliteChange change) {
    for (ChangeStream stream : changeStreams) {
      stream.offer(change);
    }
  }

  // ---- schema: SQLite's table-valued pragma functions, table names bound as parameters ----

  @Override
  public Future<List<String>> tables() {
    return names("table");
  }

  @Override
  public Future<List<String>> views() {
    return names("view");
  }

  private Future<List<String>> names(String type) {
    return preparedQuery("SELECT name FROM sqlite_schema WHERE type = ?1 AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
      .execute(Tuple.of(type))
      .map(rows -> {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.getString(0)));
        return names;
      });
  }

  @Override
  public Future<List<SqliteColumn>> columns(String table) {
    return preparedQuery("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid")
      .execute(Tuple.of(table))
      .compose(rows -> {
        if (rows.size() == 0) {
          return Future.failedFuture(new SqliteException("no such table: " + table, 1, "SQLITE_ERROR"));
        }
        List<SqliteColumn> columns = new ArrayList<>();
        for (Row r : rows) {
          columns.add(new SqliteColumn().setName(r.getString(0)).setDeclaredType(r.getString(1))
            .setNotNull(r.getLong(2) != 0).setDefaultValue(r.getString(3)).setPrimaryKeyPosition(r.getInteger(4)));
        }
        return Future.succeededFuture(columns);
      });
  }

  @Override
  public Future<List<SqliteIndex>> indexes(String table) {
    return preparedQuery("SELECT il.name, il.\"unique\", il.origin, ii.name FROM pragma_index_list(?1) il"
        + " JOIN pragma_index_info(il.name) ii ORDER BY il.name, ii.seqno")
      .execute(Tuple.of(table))
      .map(rows -> {
        java.util.Map<String, SqliteIndex> byName = new java.util.LinkedHashMap<>();
        for (Row r : rows) {
          SqliteIndex index = byName.computeIfAbsent(r.getString(0), n -> new SqliteIndex().setName(n)
            .setUnique(r.getLong(1) != 0).setOrigin(r.getString(2)));
          index.getColumns().add(r.getString(3));
        }
        return new ArrayList<>(byName.values());
      });
  }

  @Override
  public Future<List<SqliteForeignKey>> foreignKeys(String table) {
    return preparedQuery("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?1) ORDER BY id, seq")
      .execute(Tuple.of(table))
      .map(rows -> {
        java.util.Map<Integer, SqliteForeignKey> byId = new java.util.LinkedHashMap<>();
        for (Row r : rows) {
          SqliteForeignKey fk = byId.computeIfAbsent(r.getInteger(0), id -> new SqliteForeignKey().setId(id)
            .setTable(r.getString(1)).setOnUpdate(r.getString(4)).setOnDelete(r.getString(5)));
          fk.getFromColumns().add(r.getString(2));
          fk.getToColumns().add(r.getString(3));
        }
        return new ArrayList<>(byId.values());
      });
  }

  @Override
  public Future<RowSet<Row>> readPragma(String name) {
    return readPragma(name, null);
  }

  @Override
  public Future<RowSet<Row>> readPragma(String name, String argument) {
    String sql;
    try {
      sql = Pragmas.query(name, argument); // validated here: refused at once, on the caller's thread
    } catch (IllegalArgumentException e) {
      return context.failedFuture(e);
    }
    return query(sql).execute();
  }

  @Override
  public Future<Void> setPragma(String name, String value) {
    try {
      Pragmas.validate(name, value);
    } catch (IllegalArgumentException e) {
      return context.failedFuture(e);
    }
    return this.<QueryResult>call(cb -> engine().setPragma(name, value, cb)).mapEmpty();
  }

  @Override
  public Future<Buffer> serialize() {
    return this.<byte[]>call(cb -> engine().serialize("main", cb)).map(Buffer::buffer);
  }

  @Override
  public Future<Void> deserialize(Buffer image) {
    return call(cb -> engine().deserialize("main", image.getBytes(), cb));
  }

  @Override
  public Future<Void> backup(String path, int pagesPerStep, Handler<Double> progress) {
    if (pagesPerStep <= 0) {
      return context.failedFuture(new IllegalArgumentException("pagesPerStep must be > 0, got " + pagesPerStep));
    }
    return call(cb -> engine().backup("main", path, pagesPerStep, (remaining, total) -> {
      if (progress != null && total > 0) {
        double done = 1.0 - (double) remaining / total;
        try {
          context.emit(done, progress);
        } catch (java.util.concurrent.RejectedExecutionException callerGone) {
          // Vert.x shut down: the backup finishes, nobody is left to tell
        }
      }
    }, cb));
  }

  @Override
  public Future<Void> backup(String path) {
    return backup(path, 100, null);
  }

  @Override
  public Future<Void> backup(SqliteConnection target, int pagesPerStep, Handler<Double> progress) {
    java.nio.file.Path temp;
    try {
      temp = java.nio.file.Files.createTempFile("vertx-sqlite-backup-", ".db");
    } catch (java.io.IOException e) {
      return context.failedFuture(e);
    }
    return backup(temp.toString(), pagesPerStep, progress)
      .compose(v -> target.restore(temp.toString()))
      .eventually(() -> context.owner().fileSystem().delete(temp.toString()).recover(err -> Future.succeededFuture()));
  }

  @Override
  public Future<Void> restore(String path) {
    return call(cb -> engine().restore("main", path, cb));
  }

  @Override
  public Future<Void> executeScript(String sql) {
    return query(sql).execute().mapEmpty();
  }

  @Override
  public Future<Void> loadExtension(String path) {
    return call(cb -> engine().loadExtension(path, cb));
  }

  @Override
  public Future<Void> createFunction(String name, int arity, boolean deterministic, SqliteFunction function) {
    return register(() -> UserFunctions.scalar(name, arity, deterministic, function));
  }

  @Override
  public Future<Void> createAggregate(String name, int arity, boolean deterministic, SqliteAggregate<?> aggregate) {
    return register(() -> UserFunctions.aggregate(name, arity, deterministic, aggregate));
  }

  @Override
  public Future<Void> createCollation(String name, java.util.Comparator<String> comparator) {
    return register(() -> UserFunctions.collation(name, comparator));
  }

  private Future<Void> register(java.util.function.Supplier<UserFunction> definition) {
    UserFunction function;
    try {
      function = definition.get();
    } catch (IllegalArgumentException e) {
      return context.failedFuture(e);
    }
    return call(cb -> engine().register(function, cb));
  }

  public static Future<SqliteConnection> connect(Vertx vertx, SqliteConnectOptions options) {
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    SqliteConnectionFactory factory = new SqliteConnectionFactory(false);
    return prepareForClose(ctx, factory.connect(ctx, options)).map(SqliteConnection::cast);
  }
}
