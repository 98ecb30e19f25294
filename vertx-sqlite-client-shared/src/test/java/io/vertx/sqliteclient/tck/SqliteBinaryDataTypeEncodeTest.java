package io.vertx.sqliteclient.tck;

import io.vertx.ext.unit.junit.VertxUnitRunner;
import java.sql.JDBCType;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class SqliteBinaryDataTypeEncodeTest extends BinaryDataTypeEncodeTestBase {

  @Override
  protected void initConnector() {
    connector = new TckConnector(vertx, TckDatabase.options());
  }

  @Override
  protected JDBCType getNumericJDBCType() {
    return TckNumerics.JDBC_TYPE;
  }

  @Override
  protected Class<? extends Number> getNumericClass() {
    return TckNumerics.CLASS;
  }

  @Override
  protected Number getNumericValue(Number value) {
    return TckNumerics.value(value);
  }

  @Override
  protected Number getNumericValue(String value) {
    return TckNumerics.value(value);
  }

  @Override
  protected String statement(String... parts) {
    return TckDatabase.statement(parts);
  }
}
