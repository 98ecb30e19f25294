package io.vertx.sqliteclient.tck;

import io.vertx.sqlclient.SqlClient;

/**
 * The SQL client TCK's base classes under local names. The TCK lives in {@code io.vertx.tests.sqlclient.tck} on
 * Vert.x 5 and in another package on the other line; our TCK subclasses, shared by both lines, extend these
 * aliases, so each line's module supplies only this file.
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
