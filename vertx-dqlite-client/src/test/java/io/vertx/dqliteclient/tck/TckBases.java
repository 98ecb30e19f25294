package io.vertx.dqliteclient.tck;

import io.vertx.sqlclient.SqlClient;

/**
 * The SQL client TCK's base classes under local names (Vert.x 5: {@code io.vertx.tests.sqlclient.tck}). The
 * dqlite TCK subclasses, shared by both Vert.x lines, extend these aliases, so each line supplies only this file.
 */
final class TckBases {
  private TckBases() {
  }
}

interface Connector<C extends SqlClient> extends io.vertx.tests.sqlclient.tck.Connector<C> {
}

abstract class BinaryDataTypeDecodeTestBase extends io.vertx.tests.sqlclient.tck.BinaryDataTypeDecodeTestBase {
}

abstract class BinaryDataTypeEncodeTestBase extends io.vertx.tests.sqlclient.tck.BinaryDataTypeEncodeTestBase {
}

abstract class CollectorTestBase extends io.vertx.tests.sqlclient.tck.CollectorTestBase {
}

abstract class ConnectionTestBase extends io.vertx.tests.sqlclient.tck.ConnectionTestBase {
}

abstract class DriverTestBase extends io.vertx.tests.sqlclient.tck.DriverTestBase {
}

abstract class MetricsTestBase extends io.vertx.tests.sqlclient.tck.MetricsTestBase {
}

abstract class NullValueEncodeTestBase extends io.vertx.tests.sqlclient.tck.NullValueEncodeTestBase {
}

abstract class PreparedBatchTestBase extends io.vertx.tests.sqlclient.tck.PreparedBatchTestBase {
}

abstract class PreparedQueryCachedTestBase extends io.vertx.tests.sqlclient.tck.PreparedQueryCachedTestBase {
}

abstract class PreparedQueryTestBase extends io.vertx.tests.sqlclient.tck.PreparedQueryTestBase {
}

abstract class SimpleQueryTestBase extends io.vertx.tests.sqlclient.tck.SimpleQueryTestBase {
}

abstract class TextDataTypeDecodeTestBase extends io.vertx.tests.sqlclient.tck.TextDataTypeDecodeTestBase {
}

abstract class TracingTestBase extends io.vertx.tests.sqlclient.tck.TracingTestBase {
}

abstract class TransactionTestBase extends io.vertx.tests.sqlclient.tck.TransactionTestBase {
}
