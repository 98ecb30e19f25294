package io.vertx.sqliteclient.impl;

import io.vertx.sqlclient.desc.ColumnDescriptor;
import io.vertx.sqlclient.impl.RowDesc;
import io.vertx.sqlclient.impl.RowInternal;
import io.vertx.sqlclient.impl.TupleInternal;

/**
 * The SPI's row base types under local names. They live in another package on each Vert.x line; the shared
 * {@link SqliteRow} and {@link SqliteRowDesc} extend these aliases, so each line supplies only this file (the
 * same on both lines but for the package names: {@code LineTwinsTest} checks it).
 */
final class SpiBases {
  private SpiBases() {
  }
}

abstract class RowBase extends TupleInternal implements RowInternal {
}

abstract class RowDescBase extends RowDesc {
  RowDescBase(ColumnDescriptor[] columns) {
    super(columns);
  }
}
