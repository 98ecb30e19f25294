package io.vertx.sqliteclient.impl.command;

import io.vertx.sqliteclient.impl.EngineLink;
import io.vertx.sqliteclient.impl.QueryCommandView;

/** {@code conn.query(sql)}: the text may hold several statements, each gives one result. */
public final class SimpleQueryAction extends QueryAction {

  public SimpleQueryAction(EngineLink link, QueryCommandView<?> query) {
    super(link, query);
  }

  @Override
  public void run() {
    link.engine().executeScript(query.sql(), (results, err) -> deliver(results, err, false));
  }
}
