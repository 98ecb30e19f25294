package io.vertx.dqliteclient.impl;

import io.github.vertxsqlite.engine.JavaToSqlite;
import io.github.vertxsqlite.engine.SqliteError;
import io.vertx.dqliteclient.impl.protocol.Wire;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteException;
import io.vertx.sqliteclient.impl.VertxToSqlite;

/**
 * Parameters as SQLite stores them, converted exactly as the SQLite driver converts them ({@link VertxToSqlite},
 * then {@link JavaToSqlite}), so the same tuple stores the same values on a file and on a cluster.
 */
final class Parameters {

  private Parameters() {
  }

  static Object[] encode(Tuple tuple, int expected) throws SqliteException {
    Object[] values = VertxToSqlite.encode(tuple);
    if (expected >= 0 && values.length != expected) {
      throw Failures.range("The statement has " + expected + " parameter(s), " + values.length + " given");
    }
    if (values.length > Wire.MAX_PARAMETERS) {
      throw Failures.range("dqlite 1.11 binds at most " + Wire.MAX_PARAMETERS + " parameters, " + values.length + " given");
    }
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = JavaToSqlite.storageValue(i + 1, values[i]);
      } catch (SqliteError e) {
        throw Failures.of(e);
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof String && ((String) values[i]).indexOf('\u0000') >= 0) {
        // dqlite 1.11 reads text up to its first zero byte and the next parameter from there on
        throw Failures.mismatch("Parameter at position [" + i + "] is text holding U+0000, which dqlite 1.11 cannot"
          + " bind (it would cut the text there and misread the parameters after it): bind it as a Buffer");
      }
    }
    return values;
  }
}
