package io.vertx.sqliteclient;

import io.vertx.codegen.annotations.VertxGen;

/** How {@code begin()} and {@code withTransaction} start SQLite transactions. */
@VertxGen
public enum SqliteTransactionMode {
  /** {@code BEGIN DEFERRED}: no lock until the first statement; a read followed by a write may fail with SQLITE_BUSY. */
  DEFERRED,
  /** {@code BEGIN IMMEDIATE}: takes the write lock at once, so the transaction never fails for lack of it (the default). */
  IMMEDIATE,
  /** {@code BEGIN EXCLUSIVE}: like IMMEDIATE; outside WAL mode it also keeps readers out. */
  EXCLUSIVE
}
