package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;

/**
 * An HTTP service doing CRUD over SQLite with JSON: {@code GET /todos} lists a page at a time (keyset paging,
 * {@code ?after=<id>&limit=<n>}, the next page in a {@code Link} header), {@code GET /todos/export} streams every
 * item as newline-delimited JSON with back-pressure. Bad input is a 4xx with a JSON body saying what was wrong.
 * Run: {@code ./mvnw -pl vertx-sqlite-client-examples exec:java -Dexec.mainClass=io.vertx.sqliteclient.examples.TodoVerticle}
 * (arguments: the database, {@code data/todos.db} by default, and the port, 8080 by default).
 */
public final class TodoVerticle extends VerticleBase {

  static final int POOL_SIZE = 4;
  /** Todo items are small: a larger body is refused with a 413 before it is buffered whole. */
  static final int MAX_BODY_BYTES = 16 * 1024;

  private final String database;
  private final int port;
  private Pool pool;
  private TodoRepository todos;
  private TodoExport export;
  private HttpServer server;

  public TodoVerticle(String database, int port) {
    this.database = database;
    this.port = port;
  }

  public static void main(String[] args) {
    String database = ExampleLauncher.fileArgument(args, 0, "todos.db");
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
    Vertx vertx = ExampleLauncher.vertxClosedOnShutdown();
    TodoVerticle service = new TodoVerticle(database, port);
    ExampleLauncher.awaitOrExit(vertx.deployVerticle(service), "TodoVerticle could not start");
    System.out.println("Todo service on http://localhost:" + service.actualPort() + "/todos, database " + database
      + "; Ctrl-C stops");
  }

  public int actualPort() {
    return server.actualPort();
  }

  /** Rows the export has written to clients so far. */
  long exportedRows() {
    return export.rowsWritten();
  }

  @Override
  public Future<?> start() {
    pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(POOL_SIZE))
      .connectingTo(new SqliteConnectOptions().setDatabase(database))
      .using(vertx)
      .build();
    todos = new TodoRepository(pool);
    export = new TodoExport(pool);
    Router router = Router.router(vertx);
    JsonFailureHandler failures = new JsonFailureHandler(MAX_BODY_BYTES);
    router.route().failureHandler(failures);
    router.errorHandler(404, failures);       // no route matched: vertx-web's own answer is HTML
    router.errorHandler(405, failures);
    router.route().handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES));
    router.post("/todos").handler(this::create);
    router.get("/todos").handler(this::list);
    router.get("/todos/export").handler(export);
    router.get("/todos/:id").handler(this::find);
    router.put("/todos/:id").handler(this::update);
    router.delete("/todos/:id").handler(this::delete);
    return pool.query(TodoRepository.SQLITE_SCHEMA).execute()
      .compose(v -> vertx.createHttpServer().requestHandler(router).listen(port))
      .onSuccess(s -> server = s);
  }

  // Input is checked before any SQL runs: TodoInput throws a 400 saying what is wrong, JsonFailureHandler answers it.
  private void create(RoutingContext ctx) {
    String title = TodoInput.title(TodoInput.body(ctx));
    todos.create(title)
      .onSuccess(item -> ctx.response().setStatusCode(201).putHeader("content-type", "application/json").end(item.encode()))
      .onFailure(ctx::fail);
  }

  // tag::paged-list[]
  private void list(RoutingContext ctx) {
    long after = TodoInput.after(ctx);
    int limit = TodoInput.limit(ctx);
    todos.page(after, limit).onSuccess(page -> {
      if (page.nextAfter() != null) {
        ctx.response().putHeader("link", "</todos?after=" + page.nextAfter() + "&limit=" + limit + ">; rel=\"next\"");
      }
      ctx.json(new JsonArray(page.items()));
    }).onFailure(ctx::fail);
  }
  // end::paged-list[]

  private void find(RoutingContext ctx) {
    long id = TodoInput.id(ctx);
    todos.find(id).onSuccess(item -> {
      if (item == null) {
        ctx.fail(noSuchTodo(id));
      } else {
        ctx.json(item);
      }
    }).onFailure(ctx::fail);
  }

  private void update(RoutingContext ctx) {
    long id = TodoInput.id(ctx);
    JsonObject body = TodoInput.body(ctx);
    todos.update(id, TodoInput.title(body), TodoInput.done(body))
      .onSuccess(found -> found(ctx, found, id))
      .onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx) {
    long id = TodoInput.id(ctx);
    todos.delete(id).onSuccess(found -> found(ctx, found, id)).onFailure(ctx::fail);
  }

  private static void found(RoutingContext ctx, boolean found, long id) {
    if (found) {
      ctx.response().setStatusCode(204).end();
    } else {
      ctx.fail(noSuchTodo(id));
    }
  }

  private static HttpException noSuchTodo(long id) {
    return new HttpException(404, "no todo with id " + id);
  }

  @Override
  public Future<?> stop() {
    return pool.close();
  }
}
