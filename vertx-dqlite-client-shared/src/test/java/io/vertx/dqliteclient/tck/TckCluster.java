package io.vertx.dqliteclient.tck;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.dqliteclient.DqliteCluster;
import io.vertx.dqliteclient.DqliteConnectOptions;
import io.vertx.dqliteclient.DqliteConnection;
import io.vertx.sqlclient.SqlConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * A 3-node dqlite cluster for one TCK class, as its {@code @ClassRule}: started before the class's first test and
 * killed after its last one, with a database of the class's own holding the TCK's tables
 * (the SQLite TCK's {@code tck-fixture.sql}, loaded once through the driver under test). Skips the class on machines without
 * go-dqlite.
 */
final class TckCluster implements TestRule {

  private static final String FIXTURE = "/tck-fixture.sql";
  private static final int NODES = 3;
  private static final int TIMEOUT_SECONDS = 30;

  private DqliteCluster cluster;
  private String database;

  @Override
  public Statement apply(Statement base, Description description) {
    return new Statement() {
      @Override
      public void evaluate() throws Throwable {
        DqliteCluster.assumeAvailable();
        cluster = DqliteCluster.start(NODES);
        try {
          database = "tck_" + description.getTestClass().getSimpleName().toLowerCase(Locale.ROOT);
          load(options());
          base.evaluate();
        } catch (Throwable t) {
          System.err.println(cluster.logs());
          throw t;
        } finally {
          cluster.close();
          cluster = null;
        }
      }
    };
  }

  /** Fresh options for the class's database, all nodes listed; the tests may change them. */
  DqliteConnectOptions options() {
    if (cluster == null) {
      throw new IllegalStateException("the cluster runs only while its test class does");
    }
    return DqliteConnectOptions.fromUri(cluster.uri(database));
  }

  /** SQLite's numbered placeholders, ?1 ?2 …, between the parts. */
  static String statement(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append('?').append(i);
      }
      sb.append(parts[i]);
    }
    return sb.toString();
  }

  /** Runs the fixture, one script of many statements, on a connection of the driver under test. */
  private static void load(DqliteConnectOptions options) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      SqlConnection conn = await(DqliteConnection.connect(vertx, options));
      try {
        await(conn.query(fixture()).execute());
      } finally {
        await(conn.close());
      }
    } finally {
      await(vertx.close());
    }
  }

  private static String fixture() {
    try (InputStream in = TckCluster.class.getResourceAsStream(FIXTURE)) {
      if (in == null) {
        throw new IllegalStateException(FIXTURE + " is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T await(Future<T> future) throws Exception {
    try {
      return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    } catch (TimeoutException e) {
      throw new IllegalStateException("loading the TCK fixture: no answer within " + TIMEOUT_SECONDS + " s", e);
    }
  }
}
