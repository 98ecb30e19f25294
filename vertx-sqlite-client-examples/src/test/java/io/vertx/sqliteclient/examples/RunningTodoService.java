package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqliteConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/** A TodoVerticle on a fresh file under target/, on a free port, and a client for it (tests only). */
final class RunningTodoService implements AutoCloseable {

  final Vertx vertx = Vertx.vertx();
  final WebClient client = WebClient.create(vertx);
  final Path database;
  final TodoVerticle service;

  RunningTodoService() throws Exception {
    database = Files.createDirectories(Path.of("target")).resolve("todos-" + System.nanoTime() + ".db");
    service = new TodoVerticle(database.toString(), 0);
    await(vertx.deployVerticle(service));
  }

  int port() {
    return service.actualPort();
  }

  /** Sends {@code body} as raw bytes (null: no body at all), so tests can send what no JSON encoder would. */
  HttpResponse<Buffer> send(HttpMethod method, String path, String body) throws Exception {
    var request = client.request(method, port(), "localhost", path);
    return await(body == null ? request.send() : request.putHeader("content-type", "application/json").sendBuffer(Buffer.buffer(body)));
  }

  /** Runs SQL on the service's database through a connection of its own (seeding, breaking the schema). */
  void sql(String sql) throws Exception {
    SqliteConnection conn = await(SqliteConnection.connect(vertx, new SqliteConnectOptions().setDatabase(database.toString())));
    try {
      await(conn.query(sql).execute());
    } finally {
      await(conn.close());
    }
  }

  @Override
  public void close() throws Exception {
    await(vertx.close());
  }
}
