package io.vertx.sqliteclient;

import io.vertx.sqlclient.Tuple;

/**
 * A scalar SQL function implemented in Java. It runs on the engine thread of the connection executing the
 * statement, not on an event loop: keep it quick and never block waiting for an event loop. Arguments come as
 * {@code Long}, {@code Double}, {@code String}, {@code Buffer} or {@code null}; the result may be any value
 * the driver can bind as a parameter. Throwing fails the statement with {@code SQLITE_ERROR} naming the function.
 */
@FunctionalInterface
public interface SqliteFunction {

  Object apply(Tuple args) throws Exception;
}
