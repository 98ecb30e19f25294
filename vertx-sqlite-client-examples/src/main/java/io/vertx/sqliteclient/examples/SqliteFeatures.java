package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteAggregate;
import io.vertx.sqliteclient.SqliteChange;
import io.vertx.sqliteclient.SqliteColumn;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import java.util.List;
import java.util.function.Consumer;

/** The SQLite-specific API, one method per feature; docs/sqlite-features.md shows them, a test runs them. */
public final class SqliteFeatures {

  private SqliteFeatures() {
  }

  public static Future<Void> script(SqliteConnection conn) {
    // tag::script[]
    Future<Void> schema = conn.executeScript(
      "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
        + "CREATE INDEX note_body ON note(body);"
        + "INSERT INTO note (body) VALUES ('first'), ('second');");
    // end::script[]
    return schema;
  }

  public static Future<String> state(SqliteConnection conn) {
    // tag::state[]
    Future<String> state = conn.query("UPDATE note SET body = upper(body)").execute()
      .compose(r -> Future.all(conn.changes(), conn.totalChanges(), conn.inTransaction(), conn.lastInsertRowid()))
      .map(all -> "changes=" + all.resultAt(0) + " total=" + all.resultAt(1)
        + " inTransaction=" + all.resultAt(2) + " lastInsertRowid=" + all.resultAt(3));
    // end::state[]
    return state;
  }

  public static Future<Long> pragmas(SqliteConnection conn) {
    // tag::pragmas[]
    Future<Long> version = conn.setPragma("user_version", "7")         // names and values are validated
      .compose(v -> conn.readPragma("user_version"))
      .map(rows -> rows.get(0).getLong("user_version"));
    // end::pragmas[]
    return version;
  }

  public static Future<List<SqliteColumn>> schema(SqliteConnection conn) {
    // tag::schema[]
    Future<List<SqliteColumn>> columns = conn.columns("note");        // also tables(), views(), indexes(t), foreignKeys(t)
    // end::schema[]
    return columns;
  }

  public static Future<Void> functions(SqliteConnection conn) {
    // tag::functions[]
    Future<Void> registered = conn.createFunction("slug", 1, true,    // deterministic scalar function
        args -> args.getString(0).toLowerCase().replace(' ', '-'))
      .compose(v -> conn.createAggregate("longest", 1, true, new SqliteAggregate<String>() {
        @Override
        public String initial() {
          return "";
        }

        @Override
        public String step(String best, Tuple args) {
          String s = args.getString(0);
          return s.length() > best.length() ? s : best;
        }

        @Override
        public Object result(String best) {
          return best;
        }
      }))
      .compose(v -> conn.createCollation("by_length", (a, b) -> Integer.compare(a.length(), b.length())));
    // SELECT slug(body), longest(body) OVER () FROM note ORDER BY body COLLATE by_length
    // end::functions[]
    return registered;
  }

  public static SqliteConnectOptions functionsForEveryConnection(String database) {
    // tag::functions-options[]
    SqliteConnectOptions options = new SqliteConnectOptions()
      .setDatabase(database)
      .addFunction("slug", 1, true, args -> args.getString(0).toLowerCase().replace(' ', '-'));
    // end::functions-options[]
    return options;
  }

  public static void changes(SqliteConnection conn, Consumer<SqliteChange> sink) {
    // tag::changes[]
    conn.changeStream()
      .handler(change -> sink.accept(change))                    // INSERT/UPDATE/DELETE with table and rowid, COMMIT, ROLLBACK
      .exceptionHandler(Throwable::printStackTrace);
    // end::changes[]
  }

  public static Future<Void> backup(SqliteConnection conn, String path, Consumer<Double> progress) {
    // tag::backup[]
    Future<Void> copied = conn.backup(path, 100, done -> progress.accept(done));  // 100 pages per step, others keep writing
    // end::backup[]
    return copied;
  }

  public static Future<Void> copyInto(SqliteConnection source, SqliteConnection target) {
    // tag::backup-connection[]
    Future<Void> copied = source.backup(target);                     // also works from or to :memory:
    // end::backup-connection[]
    return copied;
  }

  public static Future<Buffer> serialize(SqliteConnection conn, SqliteConnection other) {
    // tag::serialize[]
    Future<Buffer> image = conn.serialize();                          // the database file's bytes
    Future<Void> loaded = image.compose(other::deserialize);          // replaces other's database
    // end::serialize[]
    return loaded.compose(v -> image);
  }

  public static Future<String> dump(SqliteConnection conn) {
    // tag::dump[]
    Future<String> sql = conn.dump();                                 // or dumpStream() for large databases
    // end::dump[]
    return sql;
  }

  public static Future<Void> extension(SqliteConnection conn, String path) {
    // tag::extension[]
    // refused unless new SqliteConnectOptions().setExtensionLoading(true)
    Future<Void> loaded = conn.loadExtension(path);
    // end::extension[]
    return loaded;
  }
}
