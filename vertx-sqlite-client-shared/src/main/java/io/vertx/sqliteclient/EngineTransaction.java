package io.vertx.sqliteclient;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.List;

/**
 * The statements of one transaction that runs on a connection's own engine thread
 * ({@link SqlitePool#withEngineTransaction}, {@link SqliteConnection#withEngineTransaction}). Each call runs its
 * statement at once and returns its rows: no trip to the event loop between statements. Usable only inside the
 * function it is passed to; a failing statement throws {@link SqliteException} (catch it to go on, or let it roll
 * the transaction back). The engine begins, commits and rolls back itself: {@code BEGIN}, {@code COMMIT} and
 * {@code ROLLBACK} are refused here ({@code SAVEPOINT}, {@code ROLLBACK TO} and {@code RELEASE} work).
 *
 * <p>The RxJava 3 and Mutiny APIs hand their work this same interface, with the core {@code RowSet}: the work is
 * synchronous code on the engine thread, where reactive wrappers add nothing.
 */
public interface EngineTransaction {

  /** Runs one statement without parameters, through the connection's statement cache. */
  RowSet<Row> execute(String sql);

  /** Runs one statement with positional parameters ({@code ?} or {@code ?NNN}), through the statement cache. */
  RowSet<Row> execute(String sql, Tuple arguments);

  /**
   * Runs the statement once per parameter set, all or none; one result per set, chained by {@link RowSet#next()}
   * as {@code executeBatch} does in the SQL client.
   */
  RowSet<Row> executeBatch(String sql, List<Tuple> batch);
}
