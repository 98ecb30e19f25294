package io.vertx.dqliteclient.impl;

import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Rows;
import io.vertx.dqliteclient.impl.protocol.Wire;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.internal.command.CloseCursorCommand;
import io.vertx.sqlclient.internal.command.CommandBase;
import io.vertx.sqlclient.internal.command.ExtendedQueryCommand;
import io.vertx.sqliteclient.impl.QueryCommandView;
import io.vertx.sqliteclient.impl.QueryResults;
import io.vertx.sqliteclient.impl.SpiCommands;
import io.vertx.sqliteclient.impl.SqliteRowDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cursor (and so a RowStream): one QUERY whose batches of rows the server sends one after another, handed out
 * {@code fetch} rows at a time. The server does not wait to be asked for the next batch, so back-pressure is the
 * socket's: while more rows wait here than two fetches take, the connection stops reading and TCP holds the
 * server back. Closing before the end sends INTERRUPT and drops the rest; another command on the connection
 * waits until the rows have all arrived (they are read into memory for the cursor).
 */
final class CursorStream extends Exchange {

  private final String id;
  private final ExtendedQueryCommand<?> first;
  private final ArrayDeque<Object[]> buffered = new ArrayDeque<>();
  private final int limit;
  private ExtendedQueryCommand<?> fetching;
  private SqliteRowDesc desc = SqliteRowDesc.EMPTY;
  private Throwable failure;
  private boolean done;
  private boolean closed;
  private boolean interrupted;
  private boolean readAll;
  /** The leader answered (rows or a failure): from then on the consumer sets the pace, no query timeout. */
  private boolean answered;
  private Object[] params;

  CursorStream(DqliteCodec codec, ExtendedQueryCommand<?> first) {
    super(codec);
    this.id = first.cursorId();
    this.first = first;
    this.fetching = first;
    this.limit = Math.max(2 * Math.max(first.fetch(), 1), 256);
  }

  /** The open cursor a fetch or close command is for, or {@code null}. */
  static CursorStream of(Map<String, CursorStream> cursors, CommandBase<?> cmd) {
    if (cmd instanceof ExtendedQueryCommand && ((ExtendedQueryCommand<?>) cmd).cursorId() != null) {
      return cursors.get(((ExtendedQueryCommand<?>) cmd).cursorId());
    } else if (cmd instanceof CloseCursorCommand) {
      return cursors.get(((CloseCursorCommand) cmd).id());
    }
    return null;
  }

  @Override
  void start() {
    DqlitePreparedStatement ps = (DqlitePreparedStatement) first.preparedStatement();
    Object[] params;
    try {
      params = Parameters.encode(first.params() == null ? Tuple.tuple() : first.params(), ps.parameterCount);
    } catch (RuntimeException e) {
      codec.release(this);
      codec.fail(first, e);
      return;
    }
    codec.openCursor(id, this);
    this.params = params;
    sendQuery();
  }

  private void sendQuery() {
    DqlitePreparedStatement ps = (DqlitePreparedStatement) first.preparedStatement();
    Request request = ps.prepared()
      ? Request.of(codec.context().alloc(), Wire.REQUEST_QUERY).uint32(0).uint32(ps.id)
      : Request.of(codec.context().alloc(), Wire.REQUEST_QUERY_SQL).uint64(0).text(ps.sql);
    codec.send(request.params(params));
  }

  /** A later fetch, or the close, of this cursor. */
  void accept(CommandBase<?> cmd) {
    if (cmd instanceof CloseCursorCommand) {
      close();
      codec.complete((CloseCursorCommand) cmd, null);
    } else {
      fetching = (ExtendedQueryCommand<?>) cmd;
      serve();
    }
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
    ExtendedQueryCommand<?> cmd = fetching;
    if (cmd == null || closed) {
      return;
    }
    int want = Math.max(cmd.fetch(), 1);
    if (failure != null) {
      fetching = null;
      codec.forgetCursor(id);
      codec.fail(cmd, failure);
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
    QueryCommandView<?> view = SpiCommands.view(cmd);
    Throwable failed = QueryResults.deliver(view, List.of(new QueryResults.Decoded(desc, rows, rows.size(), null)));
    @SuppressWarnings("unchecked")
    CommandBase<Boolean> query = (CommandBase<Boolean>) (CommandBase<?>) cmd;
    if (failed != null) {
      codec.fail(query, failed);
    } else {
      codec.complete(query, more);
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
    ExtendedQueryCommand<?> cmd = fetching;
    fetching = null;
    if (cmd != null) {
      codec.fail(cmd, failure);
    }
  }
}
