package io.vertx.sqliteclient.impl;

import io.vertx.sqlclient.PropertyKind;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.desc.ColumnDescriptor;
import io.vertx.sqliteclient.SqliteClient;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of one statement run inside an engine transaction, built on the engine thread from its decoded result:
 * the same rows, names and properties a query of the SQL client returns for it.
 */
final class EngineRowSet implements RowSet<Row> {

  private final QueryResults.Decoded result;
  private EngineRowSet next;

  EngineRowSet(QueryResults.Decoded result) {
    this.result = result;
  }

  /** The results of a batch, one per parameter set, chained by {@link #next()}. */
  static EngineRowSet chain(List<QueryResults.Decoded> results) {
    EngineRowSet first = new EngineRowSet(results.get(0));
    EngineRowSet last = first;
    for (int i = 1; i < results.size(); i++) {
      last.next = new EngineRowSet(results.get(i));
      last = last.next;
    }
    return first;
  }

  @Override
  public RowIterator<Row> iterator() {
    List<Object[]> rows = result.rows();
    return new RowIterator<>() {
      private int index;

      @Override
      public boolean hasNext() {
        return index < rows.size();
      }

      @Override
      public Row next() {
        if (index >= rows.size()) {
          throw new NoSuchElementException();
        }
        return new SqliteRow(result.desc(), rows.get(index++));
      }
    };
  }

  @Override
  public int rowCount() {
    return (int) Math.min(Integer.MAX_VALUE, result.updatedCount());
  }

  @Override
  public List<String> columnsNames() {
    return result.desc() == null ? null : result.desc().columnNames();
  }

  @Override
  public List<ColumnDescriptor> columnDescriptors() {
    return result.desc() == null ? null : result.desc().columnDescriptor();
  }

  @Override
  public int size() {
    return result.rows().size();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V property(PropertyKind<V> property) {
    if (property == null) {
      throw new IllegalArgumentException("Property can not be null");
    }
    return property == SqliteClient.LAST_INSERTED_ID ? (V) result.lastInsertRowid() : null;
  }

  @Override
  public RowSet<Row> value() {
    return this;
  }

  @Override
  public RowSet<Row> next() {
    return next;
  }
}
