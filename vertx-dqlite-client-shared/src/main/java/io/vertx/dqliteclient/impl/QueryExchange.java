package io.vertx.dqliteclient.impl;

import io.github.vertxsqlite.engine.SqlSplitter;
import io.github.vertxsqlite.engine.SqliteError;
import io.vertx.dqliteclient.impl.protocol.Body;
import io.vertx.dqliteclient.impl.protocol.Request;
import io.vertx.dqliteclient.impl.protocol.Rows;
import io.vertx.dqliteclient.impl.protocol.Wire;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.impl.QueryCommandView;
import io.vertx.sqliteclient.impl.QueryResults;
import io.vertx.sqliteclient.impl.SqliteRowDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * A query, a prepared query or a batch: one request per statement (a script is split as the SQLite driver splits
 * it) or per parameter set, each result read whole, all delivered when the last arrived. A statement prepared for
 * this query alone is finalized after it.
 */
final class QueryExchange extends Exchange {

  private static final Object[] NO_PARAMS = new Object[0];

  /**
   * One statement to run: a prepared statement's id, or its text; {@code returning} when it is emulated;
   * {@code refused}: why it cannot run, failing the query when its turn comes (a script's earlier statements run).
   */
  private record Step(StatementRoute route, boolean changesRows, String sql, int id, Object[] params,
                      ReturningInsert returning, RuntimeException refused) {
  }

  // the requests of an emulated INSERT ... RETURNING, in order (ReturningInsert)
  private static final int SAVEPOINT = 1;
  private static final int INSERT = 2;
  private static final int SELECT = 3;
  private static final int RELEASE = 4;
  private static final int UNDO = 5;

  private final Reply<Boolean> reply;
  private final QueryCommandView<?> view;
  private final List<Step> steps;
  private final DqliteStatement finalizeAfter;
  private final List<QueryResults.Decoded> results = new ArrayList<>();
  private final ResultDescs descs;
  private Throwable failure;
  private int index;
  private List<Object[]> rows;
  private boolean finalizing;
  private int phase;
  private long lastInsertId;
  private QueryResults.Decoded returned;
  /** An earlier write of this exchange was answered: it was applied, whatever happens to the rest. */
  private boolean applied;

  private QueryExchange(DqliteCodec codec, QueryCommandView<?> view, Reply<Boolean> reply, List<Step> steps,
                        DqliteStatement finalizeAfter, Throwable failure) {
    super(codec);
    this.reply = reply;
    this.view = view;
    this.steps = steps;
    this.finalizeAfter = finalizeAfter;
    this.failure = failure;
    this.descs = codec.descs();
  }

  /** A simple query: {@code view}'s text, a script of one or more statements, without parameters. */
  static QueryExchange simple(DqliteCodec codec, QueryCommandView<?> view, Reply<Boolean> reply) {
    List<Step> steps = new ArrayList<>();
    Throwable failure = null;
    try {
      for (String sql : SqlSplitter.statements(view.sql())) {
        ReturningInsert returning = null;
        RuntimeException refused = null;
        try {
          if (Placeholders.count(sql) > 0) {
            throw Failures.range("A simple query takes no parameters (" + sql + "): use a prepared query");
          }
          returning = ReturningInsert.of(sql);
        } catch (RuntimeException e) {
          refused = e;
        }
        steps.add(new Step(StatementRoute.of(sql), StatementRoute.changesRows(sql), sql, -1, NO_PARAMS, returning, refused));
      }
    } catch (SqliteError e) {
      failure = Failures.of(e);
    } catch (RuntimeException e) {
      failure = e;
    }
    return new QueryExchange(codec, view, reply, steps, null, failure);
  }

  /** A prepared query ({@code batch}: run once per parameter set of {@code view}, else with its parameters). */
  static QueryExchange extended(DqliteCodec codec, DqliteStatement ps, boolean batch, QueryCommandView<?> view,
                                Reply<Boolean> reply) {
    List<? extends Tuple> tuples = batch ? view.paramsList() : List.of(view.params());
    List<Step> steps = new ArrayList<>(tuples.size());
    Throwable failure = null;
    if (batch && tuples.isEmpty()) {
      // as the SQLite driver does: an empty batch is a mistake, not a query with no result
      failure = Failures.misuse("Empty batch: give at least one parameter set");
    }
    try {
      ReturningInsert returning = ps.returning();
      for (Tuple tuple : tuples) {
        steps.add(new Step(ps.route, ps.changesRows, ps.sql, ps.id, Parameters.encode(tuple, ps.parameterCount),
          returning, null));
      }
    } catch (RuntimeException e) {
      failure = e;
    }
    return new QueryExchange(codec, view, reply, steps, ps.oneShot ? ps : null, failure);
  }

  @Override
  void start() {
    if (failure != null || steps.isEmpty()) {
      afterSteps();
    } else {
      send(steps.get(0));
    }
  }

  private void send(Step step) {
    if (step.refused != null) {
      failure = step.refused;
      afterSteps();
      return;
    }
    if (step.returning != null) {
      phase = SAVEPOINT;
      sendText(Wire.REQUEST_EXEC_SQL, ReturningInsert.SAVEPOINT, NO_PARAMS);
      return;
    }
    boolean query = step.route == StatementRoute.QUERY;
    Request request;
    if (step.id >= 0) {
      request = Request.of(codec.context().alloc(), query ? Wire.REQUEST_QUERY : Wire.REQUEST_EXEC).uint32(0).uint32(step.id);
    } else {
      request = Request.of(codec.context().alloc(), query ? Wire.REQUEST_QUERY_SQL : Wire.REQUEST_EXEC_SQL).uint64(0).text(step.sql);
    }
    codec.send(request.params(step.params));
  }

  private void sendText(int type, String sql, Object[] params) {
    codec.send(Request.of(codec.context().alloc(), type).uint64(0).text(sql).params(params));
  }

  @Override
  void handle(Body response) {
    if (finalizing) {
      finish();
      return;
    }
    Step step = steps.get(index);
    if (step.returning != null) {
      handleReturning(step, response);
      return;
    }
    switch (response.type()) {
      case Wire.RESPONSE_RESULT: {
        long lastInsertId = response.uint64();
        long changed = response.uint64();
        boolean counts = step.changesRows;
        applied |= step.route == StatementRoute.EXEC;
        results.add(new QueryResults.Decoded(SqliteRowDesc.EMPTY, List.of(), counts ? changed : 0,
          counts && changed > 0 ? lastInsertId : null));
        nextStep();
        break;
      }
      case Wire.RESPONSE_ROWS: {
        Rows batch = Rows.decode(response);
        if (rows == null) {
          rows = new ArrayList<>(batch.rows().size());
        }
        rows.addAll(batch.rows());
        if (batch.done()) {
          results.add(new QueryResults.Decoded(descs.of(batch.columns(), rows.isEmpty() ? null : rows.get(0)), rows, rows.size(), null));
          rows = null;
          nextStep();
        }
        break;
      }
      case Wire.RESPONSE_FAILURE:
        Throwable refused = Failures.of(response);
        if (rows == null && retryWhenBusy(refused, () -> send(step))) {
          return;
        }
        failure = refused;
        afterSteps();
        break;
      default:
        failure = Failures.protocol("dqlite protocol: unexpected " + Wire.responseName(response.type()));
        afterSteps();
    }
  }

  /** The answers to an emulated INSERT ... RETURNING: savepoint, insert, select, release (or undo). */
  private void handleReturning(Step step, Body response) {
    if (response.type() == Wire.RESPONSE_FAILURE) {
      Throwable refused = Failures.of(response);
      if (phase == INSERT && retryWhenBusy(refused, () -> sendText(Wire.REQUEST_EXEC_SQL, step.returning.insert, step.params))) {
        return;
      }
      if (phase == UNDO) {
        afterSteps();
      } else {
        failure = refused;
        undo();
      }
      return;
    }
    switch (phase) {
      case SAVEPOINT:
        phase = INSERT;
        sendText(Wire.REQUEST_EXEC_SQL, step.returning.insert, step.params);
        break;
      case INSERT: {
        lastInsertId = response.uint64();
        long changed = response.uint64();
        if (changed > 1) {
          failure = ReturningInsert.severalRows(changed);
          undo();
          return;
        }
        phase = SELECT;
        sendText(Wire.REQUEST_QUERY_SQL, step.returning.select(changed == 1), changed == 1 ? new Object[]{lastInsertId} : NO_PARAMS);
        break;
      }
      case SELECT: {
        Rows batch = Rows.decode(response);
        if (rows == null) {
          rows = new ArrayList<>();
        }
        rows.addAll(batch.rows());
        if (batch.done()) {
          returned = new QueryResults.Decoded(descs.of(batch.columns(), rows.isEmpty() ? null : rows.get(0)), rows, rows.size(), rows.isEmpty() ? null : lastInsertId);
          rows = null;
          phase = RELEASE;
          sendText(Wire.REQUEST_EXEC_SQL, ReturningInsert.RELEASE, NO_PARAMS);
        }
        break;
      }
      case RELEASE:
        applied = true;
        results.add(returned);
        nextStep();
        break;
      default: // UNDO
        afterSteps();
    }
  }

  private void undo() {
    if (phase == SAVEPOINT) {
      afterSteps(); // nothing began
    } else {
      phase = UNDO;
      sendText(Wire.REQUEST_EXEC_SQL, ReturningInsert.UNDO, NO_PARAMS);
    }
  }

  private void nextStep() {
    busyDone();
    if (++index < steps.size()) {
      send(steps.get(index));
    } else {
      afterSteps();
    }
  }

  private void afterSteps() {
    if (finalizeAfter != null && !finalizing) {
      finalizing = true;
      codec.send(Request.of(codec.context().alloc(), Wire.REQUEST_FINALIZE).uint32(0).uint32(finalizeAfter.id));
    } else {
      finish();
    }
  }

  private void finish() {
    codec.release(this);
    if (failure == null) {
      if (results.isEmpty()) {
        // text holding only comments: one empty result, as the SQLite driver gives
        results.add(new QueryResults.Decoded(SqliteRowDesc.EMPTY, List.of(), 0, null));
      }
      failure = QueryResults.deliver(view, results);
    }
    if (failure != null) {
      codec.fail(reply, applied ? Failures.afterApplied(failure) : failure);
    } else {
      codec.complete(reply, false);
    }
  }

  @Override
  void fail(Throwable failure) {
    codec.fail(reply, failure);
  }

  @Override
  boolean writeInFlight() {
    return applied || !finalizing && index < steps.size() && steps.get(index).route == StatementRoute.EXEC
      && (steps.get(index).returning == null || phase == INSERT || phase == RELEASE);
  }
}
