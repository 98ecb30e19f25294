package io.vertx.sqliteclient.impl;

import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

/**
 * A pool and its pipelined lane ({@code null} when {@link PoolLanes} turns it off), which leases connections
 * from it; the same object for every user of a shared pool.
 */
public record SqlitePoolLanes(Pool exclusive, SqlClient pipelined) {

  /** Where one-shot queries go. */
  public SqlClient oneShot() {
    return pipelined != null ? pipelined : exclusive;
  }
}
