/** The SQLite driver for the Vert.x SQL client. */
module io.vertx.sql.client.sqlite {
  requires io.vertx.core;
  requires io.netty.buffer;
  requires io.vertx.sql.client;
  requires io.github.vertxsqlite.engine;
  requires java.sql;
  requires static io.vertx.codegen.api;
  requires static io.vertx.codegen.json;

  provides io.vertx.sqlclient.spi.Driver with io.vertx.sqliteclient.spi.SqliteDriver;

  exports io.vertx.sqliteclient;
  exports io.vertx.sqliteclient.spi;
}
