package io.vertx.dqliteclient.impl;

import static io.vertx.dqliteclient.impl.ScriptedNode.CLOSE;
import static io.vertx.dqliteclient.impl.ScriptedNode.response;
import static io.vertx.dqliteclient.impl.ScriptedNode.text;
import static io.vertx.dqliteclient.impl.ScriptedNode.words;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.DqliteConnection;
import io.vertx.dqliteclient.LeadershipException;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Protocol edges against a {@link ScriptedNode}: each test answers the driver's requests its own way. */
public class ScriptedNodeTest {

  private ScriptedNode node;
  private Vertx vertx;

  @Before
  public void setUp() {
    vertx = Vertx.vertx();
  }

  @After
  public void tearDown() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    if (node != null) {
      node.close();
    }
  }

  private SqlConnection connect(DqliteConnectOptions options, ScriptedNode.Script script) throws Exception {
    node = ScriptedNode.start(script);
    return get(DqliteConnection.connect(vertx, options.addNode("127.0.0.1", node.port())), 10);
  }

  private DqliteConnectOptions options() {
    return new DqliteConnectOptions();
  }

  static <T> T get(Future<T> f, int seconds) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
  }

  static Throwable failure(Future<?> f, int seconds) throws Exception {
    return get(f.transform(ar -> Future.succeededFuture(ar.cause())), seconds);
  }

  @Test
  public void aResponseTheDriverCannotReadFailsTheCommandAndClosesTheConnection() throws Exception {
    // a ROWS response with a column and neither a row nor its end marker
    SqlConnection conn = connect(options(), (n, type) -> response(7, words(1), text("x")));
    Throwable failed = failure(conn.query("SELECT 1").execute(), 10);
    assertTrue(String.valueOf(failed), failed instanceof SqliteException);
    assertEquals("DQLITE_PROTO", ((SqliteException) failed).getCodeName());
  }

  /**
   * A batch of two inserts: the first is applied (RESULT), the second refused because leadership moved
   * (NOT_LEADER). The failure must not say "nothing was applied": a caller retrying on that would insert the first
   * row twice.
   */
  @Test
  public void aBatchRefusedHalfWaySaysAWriteMayHaveCommitted() throws Exception {
    SqlConnection conn = connect(options(), (n, type) -> n == 0 ? response(6, words(1, 1))
      : response(0, words(SqliteCodes.SQLITE_IOERR_NOT_LEADER), text("not leader")));
    Throwable failed = failure(conn.preparedQuery("INSERT INTO t VALUES (?)").executeBatch(List.of(Tuple.of(1), Tuple.of(2))), 10);
    assertTrue(String.valueOf(failed), failed instanceof LeadershipException);
    assertTrue("the first insert of the batch was applied: " + failed.getMessage(), ((LeadershipException) failed).outcomeUnknown());
  }

  /** The same with a script: INSERT applied, then the SELECT refused. */
  @Test
  public void aScriptRefusedAfterItsWriteSaysAWriteMayHaveCommitted() throws Exception {
    SqlConnection conn = connect(options(), (n, type) -> n == 0 ? response(6, words(1, 1))
      : response(0, words(SqliteCodes.SQLITE_IOERR_NOT_LEADER), text("not leader")));
    Throwable failed = failure(conn.query("INSERT INTO t VALUES (1); SELECT last_insert_rowid()").execute(), 10);
    assertTrue(String.valueOf(failed), failed instanceof LeadershipException);
    assertTrue("the INSERT was applied: " + failed.getMessage(), ((LeadershipException) failed).outcomeUnknown());
  }

  /** query_timeout applies to a cursor (and a RowStream) until its first rows: a node that never answers. */
  @Test
  public void aCursorOnASilentNodeFailsAfterTheQueryTimeout() throws Exception {
    SqlConnection conn = connect(options().setQueryTimeout(300), (n, type) -> {
      if (type == 4) { // PREPARE -> STMT db 0, id 1, 0 params
        return response(5, words(1L << 32, 0));
      }
      return null; // the QUERY: silence
    });
    PreparedStatement ps = get(conn.prepare("SELECT 1"), 10);
    Cursor cursor = ps.cursor();
    Throwable failed;
    try {
      failed = failure(cursor.read(10), 5);
    } catch (TimeoutException hung) {
      throw new AssertionError("the cursor's read is still waiting 5 s after a 300 ms query timeout");
    }
    assertEquals("SQLITE_INTERRUPT", ((SqliteException) failed).getCodeName());
  }

  /** busy_timeout is per statement: the second statement of a batch, refused once after the first waited, is retried. */
  @Test
  public void theBusyTimeoutIsPerStatement() throws Exception {
    SqlConnection conn = connect(options().setBusyTimeout(300), (n, type) -> {
      switch (n) {
        case 0: return response(0, words(SqliteCodes.SQLITE_BUSY), text("database is locked"));
        case 1: return response(6, words(1, 1));             // the first insert, retried: applied
        case 2: Thread.sleep(400); return response(0, words(SqliteCodes.SQLITE_BUSY), text("database is locked"));
        default: return response(6, words(2, 1));            // the second, retried: applied
      }
    });
    get(conn.preparedQuery("INSERT INTO t VALUES (?)").executeBatch(List.of(Tuple.of(1), Tuple.of(2))), 10);
  }

  /** Commands queued behind a PREPARE (held by SocketConnectionBase) fail typed when the leader goes away. */
  @Test
  public void commandsQueuedBehindAPrepareFailTypedWhenTheNodeGoes() throws Exception {
    SqlConnection conn = connect(options().setCachePreparedStatements(true), (n, type) -> {
      Thread.sleep(200);
      return CLOSE; // the PREPARE: the node dies
    });
    Future<?> first = conn.preparedQuery("SELECT ?").execute(Tuple.of(1));
    Future<?> second = conn.query("SELECT 2").execute();
    Throwable a = failure(first, 10);
    Throwable b = failure(second, 10);
    assertTrue(String.valueOf(a), a instanceof LeadershipException);
    assertTrue(String.valueOf(b), b instanceof LeadershipException);
  }


  /** A cursor's query refused with SQLITE_BUSY before any row (a checkpoint on the leader) is sent again. */
  @Test
  public void aCursorRefusedWithSqliteBusyIsSentAgain() throws Exception {
    SqlConnection conn = connect(options(), (n, type) -> {
      if (type == 4) { // PREPARE -> STMT db 0, id 1, 0 params
        return response(5, words(1L << 32, 0));
      }
      if (n == 1) {
        return response(0, words(SqliteCodes.SQLITE_BUSY), text("checkpoint in progress"));
      }
      return response(7, words(1), text("v"), ScriptedNode.rowOfText(), text("row"), words(-1L)); // one row, done
    });
    PreparedStatement ps = get(conn.prepare("SELECT 'row'"), 10);
    assertEquals("row", get(ps.cursor().read(10), 10).iterator().next().getString(0));
  }

  /** A command on a connection its user closed is a misuse, not a leadership failure to retry. */
  @Test
  public void aCommandAfterTheUserClosedTheConnectionIsAMisuse() throws Exception {
    SqlConnection conn = connect(options(), (n, type) -> response(6, words(0, 0)));
    get(conn.close(), 10);
    Throwable failed = failure(conn.query("DELETE FROM t").execute(), 10);
    assertTrue(String.valueOf(failed), !(failed instanceof LeadershipException));
  }
}
