package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.SqliteEngine;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.sqlclient.spi.DatabaseMetadata;
import io.vertx.sqliteclient.SqliteConnectOptions;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The half of the SQL client's {@code Connection} SPI that both Vert.x lines share: what a connection reports
 * about itself, and closing its engine. Each line's {@code SqliteEngineConnection} extends it and implements
 * its line's {@code Connection}, whose methods these public ones are; it adds scheduling and the close whose
 * signatures differ.
 */
public abstract class EngineConnectionBase {

  protected final EngineLink link;
  private final SqliteConnectOptions options;
  private final ClientMetrics metrics;
  private final SqliteMetadata metadata;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final Promise<Void> closed;

  protected EngineConnectionBase(ContextAccess contexts, Context context, SqliteEngine engine, SqliteConnectOptions options,
                                 ClientMetrics metrics) {
    this.link = new EngineLink(contexts, context, engine);
    this.options = options;
    this.metrics = metrics;
    this.metadata = new SqliteMetadata(engine.sqliteVersion());
    this.closed = contexts.promise(context);
  }

  public SqliteEngine engine() {
    return link.engine();
  }

  public EngineLink link() {
    return link;
  }

  protected void onContext(Runnable task) {
    link.onContext(task);
  }

  /** Once closing, every command but the close itself fails. */
  protected boolean isClosing() {
    return closing.get();
  }

  /** Closes the engine (once, whoever asks first); completes on the context once it has closed. */
  protected Future<Void> closeEngine() {
    if (closing.compareAndSet(false, true)) {
      link.engine().close((v, err) -> onContext(() -> {
        if (metrics != null) {
          metrics.close();
        }
        closed.complete();
      }));
    }
    return closed.future();
  }

  public boolean isValid() {
    return link.engine().isOpen() && !closing.get();
  }

  public int pipeliningLimit() {
    // the engine queues and orders commands itself: a pipelined lane may hand it this many one-shot queries
    return options.getPipeliningLimit();
  }

  public TracingPolicy tracingPolicy() {
    return options.getTracingPolicy();
  }

  /** SQLite has no server: the database file stands in as a domain-socket address for tracing and metrics. */
  public SocketAddress server() {
    return address(options);
  }

  static SocketAddress address(SqliteConnectOptions options) {
    return SocketAddress.domainSocketAddress(String.valueOf(options.getDatabase()));
  }

  public String system() {
    return "sqlite";
  }

  public String database() {
    return options.getDatabase();
  }

  public String user() {
    return options.getUser();
  }

  public ClientMetrics metrics() {
    return metrics;
  }

  public boolean isSsl() {
    return false;
  }

  public DatabaseMetadata getDatabaseMetaData() {
    return metadata;
  }

  public int getProcessId() {
    return 0;
  }

  public int getSecretKey() {
    return 0;
  }
}
