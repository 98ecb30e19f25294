package io.vertx.dqliteclient.tck;

import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import java.sql.JDBCType;
import org.junit.ClassRule;
import org.junit.Ignore;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class DqliteTextDataTypeDecodeTest extends TextDataTypeDecodeTestBase {

  @ClassRule
  public static final TckCluster CLUSTER = new TckCluster();

  @Override
  protected void initConnector() {
    connector = new TckConnector(vertx, CLUSTER::options);
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

  @Ignore(TckSkips.SMALLINT_AS_LONG)
  @Test
  @Override
  public void testSmallInt(TestContext ctx) {
  }

  @Ignore(TckSkips.INT4_AS_LONG)
  @Test
  @Override
  public void testInteger(TestContext ctx) {
  }

  @Ignore(TckSkips.FLOAT4_AS_DOUBLE)
  @Test
  @Override
  public void testFloat4(TestContext ctx) {
  }

  @Ignore(TckSkips.TIME_AS_TEXT)
  @Test
  @Override
  public void testTime(TestContext ctx) {
  }
}
