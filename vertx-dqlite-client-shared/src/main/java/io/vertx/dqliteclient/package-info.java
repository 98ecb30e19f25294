/**
 * The Vert.x SQL client for dqlite, SQLite replicated with Raft: {@link io.vertx.dqliteclient.DqliteBuilder},
 * {@link io.vertx.dqliteclient.DqliteConnectOptions} and {@code dqlite://} URIs.
 */
package io.vertx.dqliteclient;
