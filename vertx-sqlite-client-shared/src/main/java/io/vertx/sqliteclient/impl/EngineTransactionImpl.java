package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.SqliteError;
import io.github.vertxsqlite.engine.TransactionScope;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.EngineTransaction;
import io.vertx.sqliteclient.SqliteException;
import java.util.ArrayList;
import java.util.List;

/** The user's view of an engine transaction: Vert.x values in, rows out, on the engine thread. */
final class EngineTransactionImpl implements EngineTransaction {

  private final TransactionScope tx;
  private final QueryResults results;

  EngineTransactionImpl(TransactionScope tx, QueryResults results) {
    this.tx = tx;
    this.results = results;
  }

  @Override
  public RowSet<Row> execute(String sql) {
    return execute(sql, null);
  }

  @Override
  public RowSet<Row> execute(String sql, Tuple arguments) {
    try {
      return new EngineRowSet(results.decode(tx.execute(sql, VertxToSqlite.encode(arguments))));
    } catch (SqliteError e) {
      throw (SqliteException) Failures.toVertx(e);
    }
  }

  @Override
  public RowSet<Row> executeBatch(String sql, List<Tuple> batch) {
    List<Object[]> encoded = new ArrayList<>(batch.size());
    for (Tuple arguments : batch) {
      encoded.add(VertxToSqlite.encode(arguments));
    }
    try {
      return EngineRowSet.chain(results.decode(tx.executeBatch(sql, encoded)));
    } catch (SqliteError e) {
      throw (SqliteException) Failures.toVertx(e);
    }
  }
}
