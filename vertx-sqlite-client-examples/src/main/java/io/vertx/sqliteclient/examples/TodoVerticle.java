package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.sqlclient.RowStream;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;

/**
 * An HTTP service doing CRUD over SQLite with JSON, plus {@code GET /todos/export}: every item streamed as
 * newline-delimited JSON straight from a RowStream, with back-pressure from the HTTP response.
 * Run: {@code mvn -pl vertx-sqlite-client-examples exec:java -Dexec.mainClass=io.vertx.sqliteclient.examples.TodoVerticle}
 */
public final class TodoVerticle extends VerticleBase {

  private final String database;
  private final int port;
  private Pool pool;
  private TodoRepository todos;
  private HttpServer server;

  public TodoVerticle(String database, int port) {
    this.database = database;
    this.port = port;
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    vertx.deployVerticle(new TodoVerticle(args.length > 0 ? args[0] : "todos.db", 8080))
      .onSuccess(id -> System.out.println("Todo service on http://localhost:8080/todos"))
      .onFailure(Throwable::printStackTrace);
  }

  public int actualPort() {
    return server.actualPort();
  }

  @Override
  public Future<?> start() {
    pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(4))
      .connectingTo(new SqliteConnectOptions().setDatabase(database))
      .using(vertx)
      .build();
    todos = new TodoRepository(pool);
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create());
    router.post("/todos").handler(ctx -> todos.create(ctx.body().asJsonObject().getString("title"))
      .onSuccess(item -> ctx.response().setStatusCode(201).putHeader("content-type", "application/json").end(item.encode()))
      .onFailure(ctx::fail));
    router.get("/todos").handler(ctx -> todos.list()
      .onSuccess(items -> ctx.json(new JsonArray(items)))
      .onFailure(ctx::fail));
    router.get("/todos/export").handler(this::export);
    router.get("/todos/:id").handler(ctx -> todos.find(id(ctx))
      .onSuccess(item -> {
        if (item == null) {
          ctx.response().setStatusCode(404).end();
        } else {
          ctx.json(item);
        }
      })
      .onFailure(ctx::fail));
    router.put("/todos/:id").handler(ctx -> {
      JsonObject body = ctx.body().asJsonObject();
      todos.update(id(ctx), body.getString("title"), body.getBoolean("done", false))
        .onSuccess(found -> ctx.response().setStatusCode(found ? 204 : 404).end())
        .onFailure(ctx::fail);
    });
    router.delete("/todos/:id").handler(ctx -> todos.delete(id(ctx))
      .onSuccess(found -> ctx.response().setStatusCode(found ? 204 : 404).end())
      .onFailure(ctx::fail));
    return pool.query(TodoRepository.SQLITE_SCHEMA).execute()
      .compose(v -> vertx.createHttpServer().requestHandler(router).listen(port))
      .onSuccess(s -> server = s);
  }

  // tag::ndjson[]
  private void export(RoutingContext ctx) {
    HttpServerResponse response = ctx.response().setChunked(true).putHeader("content-type", "application/x-ndjson");
    pool.withConnection(conn -> conn.prepare("SELECT id, title, done FROM todo ORDER BY id").compose(ps -> {
      RowStream<Row> rows = ps.createStream(500);                    // 500 rows per fetch from SQLite
      Promise<Void> done = Promise.promise();
      rows.exceptionHandler(done::tryFail).endHandler(v -> done.tryComplete());
      rows.handler(row -> {
        response.write(TodoRepository.json(row).encode() + "\n");
        if (response.writeQueueFull()) {                             // slow client: stop reading SQLite
          rows.pause();
          response.drainHandler(v -> rows.resume());
        }
      });
      return done.future();
    })).onSuccess(v -> response.end()).onFailure(ctx::fail);
  }
  // end::ndjson[]

  private static long id(RoutingContext ctx) {
    return Long.parseLong(ctx.pathParam("id"));
  }

  @Override
  public Future<?> stop() {
    return pool.close();
  }
}
