package io.vertx.dqliteclient.impl;

import io.github.vertxsqlite.engine.SqlSplitter;
import io.github.vertxsqlite.engine.SqliteError;
import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Wire;

/** PREPARE: compiles a statement on the leader and keeps it there by id until FINALIZE. */
final class PrepareExchange extends SessionCommand.Steps<DqliteStatement> {

  private final String sql;
  /** Kept by the SQL client (its cache, or the user's PreparedStatement), not finalized after one query. */
  private final boolean managed;

  PrepareExchange(DqliteCodec codec, String sql, boolean managed, Reply<DqliteStatement> reply) {
    super(codec, reply);
    this.sql = sql;
    this.managed = managed;
  }

  @Override
  void start() {
    try {
      // dqlite 1.11 compiles the first statement of the text and ignores the rest: refused here, as SQLite would
      SqlSplitter.single(sql);
    } catch (SqliteError refused) {
      refuse(Failures.of(refused));
      return;
    }
    codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_PREPARE).uint64(0).text(sql));
  }

  @Override
  boolean step(Body response) {
    expect(response, Wire.RESPONSE_STMT);
    response.uint32(); // database id
    int id = response.uint32();
    int params = (int) response.uint64();
    result = new DqliteStatement(sql, id, params, !managed);
    return true;
  }
}
