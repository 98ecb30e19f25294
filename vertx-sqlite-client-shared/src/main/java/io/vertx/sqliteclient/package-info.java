/**
 * Asynchronous SQLite for Vert.x: the Vert.x SQL client API ({@code Pool}, {@code SqlConnection},
 * prepared queries, cursors, streams, transactions) over SQLite, with every SQLite call on a thread
 * dedicated to its connection and every result delivered on the caller's context.
 */
@ModuleGen(name = "vertx-sqlite-client", groupPackage = "io.vertx")
package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.ModuleGen;
