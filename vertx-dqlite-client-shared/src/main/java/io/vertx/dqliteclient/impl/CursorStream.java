package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Rows;
import io.vertx.dqliteclient.impl.protocol.Wire;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.impl.QueryCommandView;
import io.vertx.sqliteclient.impl.QueryResults;
import io.vertx.sqliteclient.impl.SqliteRowDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A cursor (and so a RowStream): one QUERY whose batches of rows the server sends one after another, handed out
 * {@code fetch} rows at a time. The server does not wait to be asked for the next batch, so back-pressure is the
 * socket's: while more rows wait here than two fetches take, the connection stops reading and TCP holds the
 * server back. Closing before the end sends INTERRUPT and drops the rest; another command on the connection
 * waits until the rows have all arrived (they are read into memory for the cursor).
 */
final class CursorStream extends Exchange {

  /** A fetch of the SQL client's: the query command as the shared conversions read it, and where it completes. */
  private record Fetch(QueryCommandView<?> view, Reply<Boolean> reply) {
  }

  private final String id;
  private final DqliteStatement ps;
  private final Tuple firstParams;
  private final ArrayDeque<Object[]> buffered = new ArrayDeque<>();
  private final int limit;
  private Fetch fetching;
  private SqliteRowDesc desc = SqliteRowDesc.EMPTY;
  private Throwable failure;
  private boolean done;
  private boolean closed;
  private boolean interrupted;
  private boolean readAll;
  /** The leader answered (rows or a failure): from then on the consumer sets the pace, no query timeout. */
  private boolean answered;
  private Object[] params;

  /** Opens cursor {@code first.cursorId()} over {@code ps}, serving {@code first} as its first fetch. */
  CursorStream(DqliteCodec codec, DqliteStatement ps, QueryCommandView<?> first, Reply<Boolean> reply) {
    super(codec);
    this.id = first.cursorId();
    this.ps = ps;
    this.firstParams = first.params();
    this.fetching = new Fetch(first, reply);
    this.limit = Math.max(2 * Math.max(first.fetch(), 1), 256);
  }

  @Override
  void start() {
    Object[] params;
    try {
      ps.check();
      params = Parameters.encode(firstParams == null ? Tuple.tuple() : firstParams, ps.parameterCount);
    } catch (RuntimeException e) {
      codec.release(this);
      Fetch first = fetching;
      fetching = null;
      codec.fail(first.reply, e);
      return;
    }
    codec.openCursor(id, this);
    this.params = params;
    sendQuery();
  }

  private void sendQuery() {
    Request request = ps.prepared()
      ? Request.of(codec.context().alloc(), Wire.REQUEST_QUERY).uint32(0).uint32(ps.id)
      : Request.of(codec.context().alloc(), Wire.REQUEST_QUERY_SQL).uint64(0).text(ps.sql);
    codec.send(request.params(params));
  }

  /** A later fetch of this cursor's rows. */
  void fetch(QueryCommandView<?> view, Reply<Boolean> reply) {
    fetching = new Fetch(view, reply);
    serve();
  }

  /** The cursor's close, before its rows have all been fetched. */
  void close(Reply<Void> reply) {
    close();
    codec.complete(reply, null);
  }

  /** Another command waits for the wire: take the remaining rows in without waiting for fetches. */
  void readAll() {
    readAll = true;
    codec.reading(true);
  }

  boolean answered() {
    return answered;
  }

  @Override
  void handle(Body response) {
    boolean firstAnswer = !answered;
    answered = true;
    switch (response.type()) {
      case Wire.RESPONSE_ROWS: {
        Rows batch = Rows.decode(response);
        if (!closed) {
          if (desc == SqliteRowDesc.EMPTY) {
            desc = codec.descs().of(batch.columns(), batch.rows().isEmpty() ? null : batch.rows().get(0));
          }
          buffered.addAll(batch.rows());
        }
        if (batch.done()) {
          ended();
        } else if (!readAll && buffered.size() >= limit) {
          codec.reading(false);
        }
        break;
      }
      case Wire.RESPONSE_FAILURE: {
        Throwable refused = Failures.of(response);
        // refused before any row (a checkpoint on the leader): sent again, as a query is
        if (firstAnswer && !closed && retryWhenBusy(refused, this::sendQuery)) {
          answered = false;
          return;
        }
        failure = refused;
        ended();
        break;
      }
      case Wire.RESPONSE_EMPTY:
        // the answer to our INTERRUPT, after the rows it could not stop
        codec.reading(true);
        codec.release(this);
        return;
      default:
        failure = Failures.protocol("dqlite protocol: unexpected " + Wire.responseName(response.type()));
        ended();
    }
    serve();
  }

  private void ended() {
    done = true;
    codec.reading(true);
    if (!interrupted) {
      codec.release(this);
    }
  }

  /** Completes the waiting fetch when it has its rows, the end, or a failure. */
  private void serve() {
    Fetch fetch = fetching;
    if (fetch == null || closed) {
      return;
    }
    int want = Math.max(fetch.view.fetch(), 1);
    if (failure != null) {
      fetching = null;
      codec.forgetCursor(id);
      codec.fail(fetch.reply, failure);
      return;
    }
    if (buffered.size() < want && !done) {
      codec.reading(true);
      return;
    }
    fetching = null;
    List<Object[]> rows = new ArrayList<>(Math.min(want, buffered.size()));
    while (rows.size() < want && !buffered.isEmpty()) {
      rows.add(buffered.poll());
    }
    boolean more = !buffered.isEmpty() || !done;
    if (!more) {
      codec.forgetCursor(id);
    } else if (buffered.size() < limit) {
      codec.reading(true);
    }
    Throwable failed = QueryResults.deliver(fetch.view, List.of(new QueryResults.Decoded(desc, rows, rows.size(), null)));
    if (failed != null) {
      codec.fail(fetch.reply, failed);
    } else {
      codec.complete(fetch.reply, more);
    }
  }

  private void close() {
    closed = true;
    buffered.clear();
    codec.forgetCursor(id);
    if (!done && !interrupted) {
      interrupted = true;
      codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_INTERRUPT).uint64(0));
    }
    codec.reading(true);
  }

  @Override
  void fail(Throwable failure) {
    Fetch fetch = fetching;
    fetching = null;
    if (fetch != null) {
      codec.fail(fetch.reply, failure);
    }
  }
}
