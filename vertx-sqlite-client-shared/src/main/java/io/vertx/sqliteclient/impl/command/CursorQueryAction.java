package io.vertx.sqliteclient.impl.command;

import io.vertx.sqliteclient.impl.EngineLink;
import io.vertx.sqliteclient.impl.QueryCommandView;
import io.vertx.sqliteclient.impl.VertxToSqlite;
import java.util.List;

/**
 * A {@code Cursor} read or a {@code RowStream} fetch: the first one runs the query and keeps the statement
 * open on the engine, each one returns the next {@code fetch} rows and whether more remain.
 */
public final class CursorQueryAction extends QueryAction {

  public CursorQueryAction(EngineLink link, QueryCommandView<?> query) {
    super(link, query);
  }

  @Override
  public void run() {
    Object[] params = VertxToSqlite.encode(query.params());
    link.engine().fetch(query.cursorId(), query.sql(), params, query.fetch(),
      (result, err) -> deliver(err == null ? List.of(result) : null, err, err == null && result.suspended()));
  }
}
