package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteBuilder;
import io.vertx.sqliteclient.SqliteConnectOptions;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The same lookup written for vertx-jdbc-client and for this driver (docs/migrating-from-jdbc-client.md). */
public final class Migration {

  private Migration() {
  }

  public static Pool before(Vertx vertx, String file) {
    // tag::before[]
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(5000);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + file);
    Pool pool = JDBCPool.pool(vertx, ds, new PoolOptions().setMaxSize(4));
    // end::before[]
    return pool;
  }

  public static Pool after(Vertx vertx, String file) {
    // tag::after[]
    Pool pool = SqliteBuilder.pool()
      .with(new PoolOptions().setMaxSize(4))
      .connectingTo(new SqliteConnectOptions().setDatabase(file))   // WAL and busy timeout are defaults
      .using(vertx)
      .build();
    // end::after[]
    return pool;
  }

  /** Unchanged between the two. */
  public static Future<RowSet<Row>> lookup(Pool pool, long id) {
    // tag::unchanged[]
    Future<RowSet<Row>> rows = pool
      .preparedQuery("SELECT id, name FROM person WHERE id = ?")
      .execute(Tuple.of(id));
    // end::unchanged[]
    return rows;
  }
}
