package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.TestContext;
import io.vertx.sqlclient.SqlClient;
import org.junit.Ignore;
import org.junit.Test;

/**
 * The SQL client TCK's base classes under local names. The TCK lives in {@code io.vertx.sqlclient.tck} on
 * Vert.x 4.5 and in another package on the other line; our TCK subclasses, shared by both lines, extend these
 * aliases, so each line's module supplies only this file.
 */
final class TckBases {
  private TckBases() {
  }
}

interface Connector<C extends SqlClient> extends io.vertx.sqlclient.tck.Connector<C> {
}

abstract class BinaryDataTypeDecodeTestBase extends io.vertx.sqlclient.tck.BinaryDataTypeDecodeTestBase {
}

abstract class BinaryDataTypeEncodeTestBase extends io.vertx.sqlclient.tck.BinaryDataTypeEncodeTestBase {
}

abstract class CollectorTestBase extends io.vertx.sqlclient.tck.CollectorTestBase {
}

abstract class ConnectionTestBase extends io.vertx.sqlclient.tck.ConnectionTestBase {
}

abstract class DriverTestBase extends io.vertx.sqlclient.tck.DriverTestBase {
}

abstract class MetricsTestBase extends io.vertx.sqlclient.tck.MetricsTestBase {

  private static final String NO_HOST = "Only in the 4.5 TCK: it makes connections fail with the host name"
    + " does.not.exist.com; an SQLite connection opens a file and has no host";

  @Ignore(NO_HOST)
  @Test
  @Override
  public void testGetConnectionFailure(TestContext ctx) {
  }

  @Ignore(NO_HOST)
  @Test
  @Override
  public void testPooledConnectionFailure(TestContext ctx) {
  }
}

abstract class NullValueEncodeTestBase extends io.vertx.sqlclient.tck.NullValueEncodeTestBase {
}

abstract class PreparedBatchTestBase extends io.vertx.sqlclient.tck.PreparedBatchTestBase {
}

abstract class PreparedQueryCachedTestBase extends io.vertx.sqlclient.tck.PreparedQueryCachedTestBase {
}

abstract class PreparedQueryTestBase extends io.vertx.sqlclient.tck.PreparedQueryTestBase {
}

abstract class SimpleQueryTestBase extends io.vertx.sqlclient.tck.SimpleQueryTestBase {
}

abstract class TextDataTypeDecodeTestBase extends io.vertx.sqlclient.tck.TextDataTypeDecodeTestBase {
}

abstract class TracingTestBase extends io.vertx.sqlclient.tck.TracingTestBase {
}

abstract class TransactionTestBase extends io.vertx.sqlclient.tck.TransactionTestBase {
}
