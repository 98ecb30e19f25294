package io.vertx.sqliteclient.impl.command;

import io.vertx.sqliteclient.impl.EngineLink;
import io.vertx.sqliteclient.impl.QueryCommandView;
import io.vertx.sqliteclient.impl.VertxToSqlite;
import java.util.List;

/** {@code preparedQuery(sql).execute(tuple)} and a prepared statement's query: one statement, all rows. */
public final class ExtendedQueryAction extends QueryAction {

  public ExtendedQueryAction(EngineLink link, QueryCommandView<?> query) {
    super(link, query);
  }

  @Override
  public void run() {
    Object[] params = VertxToSqlite.encode(query.params());
    link.engine().execute(query.sql(), params, (result, err) -> deliver(err == null ? List.of(result) : null, err, false));
  }
}
