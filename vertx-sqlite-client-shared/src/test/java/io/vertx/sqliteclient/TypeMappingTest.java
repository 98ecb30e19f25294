package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static io.vertx.sqliteclient.SqliteTestSupport.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every mapped type, written through parameters and read back, plus what SQLite stored. */
class TypeMappingTest {

  enum Color { RED, GREEN }

  private Vertx vertx;
  private SqlConnection conn;

  @BeforeEach
  void open() {
    vertx = Vertx.vertx();
    conn = await(SqliteConnection.connect(vertx, SqliteTestSupport.options(":memory:")));
    await(conn.query("CREATE TABLE t ("
      + "id INTEGER PRIMARY KEY, i2 SMALLINT, i4 INT4, i8 BIGINT, f4 FLOAT4, f8 DOUBLE, num NUMERIC, b BOOLEAN,"
      + "s TEXT, bin BLOB, d DATE, tm TIME, dt DATETIME, dtz TIMESTAMPTZ, u UUID, j JSON, e TEXT, anything)").execute());
  }

  @AfterEach
  void close() {
    await(vertx.close());
  }

  private Row roundTrip(String column, Object value) {
    await(conn.preparedQuery("INSERT INTO t (" + column + ") VALUES (?)").execute(Tuple.of(value)));
    RowSet<Row> rows = await(conn.preparedQuery("SELECT " + column + ", typeof(" + column + ") FROM t").execute());
    await(conn.query("DELETE FROM t").execute());
    assertEquals(1, rows.size());
    return rows.iterator().next();
  }

  @Test
  void integers() {
    Row r = roundTrip("i2", (short) -7);
    assertEquals((short) -7, r.getValue(0));
    assertEquals("integer", r.getString(1));
    assertEquals(Integer.MIN_VALUE, roundTrip("i4", Integer.MIN_VALUE).getValue(0));
    assertEquals(Long.MAX_VALUE, roundTrip("i8", Long.MAX_VALUE).getValue(0));
    // a value wider than the declared type comes back whole, as a Long
    assertEquals(1L << 40, roundTrip("i4", 1L << 40).getValue(0));
  }

  @Test
  void floats() {
    assertEquals(1.5f, roundTrip("f4", 1.5f).getValue(0));
    Row r = roundTrip("f8", Math.PI);
    assertEquals(Math.PI, r.getValue(0));
    assertEquals("real", r.getString(1));
  }

  @Test
  void decimalsAreStoredAsTextAndReadAsBigDecimal() {
    Row r = roundTrip("num", new BigDecimal("12.50"));
    assertEquals(new BigDecimal("12.5"), r.getValue(0));
    assertEquals("real", r.getString(1)); // NUMERIC affinity converted the text
    assertEquals(new BigDecimal("7"), roundTrip("num", Numeric.create(7)).getBigDecimal(0));
    Row text = roundTrip("s", new BigDecimal("1E+3"));
    assertEquals("1000", text.getString(0));
  }

  @Test
  void booleansAreZeroAndOne() {
    Row r = roundTrip("b", true);
    assertEquals(Boolean.TRUE, r.getValue(0));
    assertEquals("integer", r.getString(1));
    assertEquals(Boolean.FALSE, roundTrip("b", false).getBoolean(0));
    Row expr = await(conn.query("SELECT 1 = 1").execute()).iterator().next();
    assertEquals(1L, expr.getValue(0));
    assertEquals(Boolean.TRUE, expr.getBoolean(0));
  }

  @Test
  void textKeepsNulCharactersAndUnicode() {
    String s = "a\u0000b — フレーム 🎉";
    assertEquals(s, roundTrip("s", s).getString(0));
  }

  @Test
  void blobsAreBuffers() {
    byte[] bytes = {0, 1, 2, (byte) 255};
    Row r = roundTrip("bin", Buffer.buffer(bytes));
    assertInstanceOf(Buffer.class, r.getValue(0));
    assertArrayEquals(bytes, r.getBuffer(0).getBytes());
    assertEquals("blob", r.getString(1));
    assertArrayEquals(bytes, roundTrip("anything", bytes).getBuffer(0).getBytes());
    // a BLOB read is the caller's own buffer: it grows like any other and is nobody else's
    Buffer read = r.getBuffer(0);
    read.appendString("more").setByte(0, (byte) 42);
    assertEquals(bytes.length + 4, read.length());
    assertEquals("more", read.getString(bytes.length, bytes.length + 4));
    assertEquals(42, r.getBuffer(0).getByte(0)); // the row holds that same buffer, as with any Vert.x row
    await(conn.preparedQuery("INSERT INTO t (bin) VALUES (?)").execute(Tuple.of(Buffer.buffer(bytes))));
    Row again = await(conn.query("SELECT bin, bin FROM t").execute()).iterator().next();
    again.getBuffer(0).setByte(0, (byte) 42);
    assertEquals(bytes[0], again.getBuffer(1).getByte(0), "each value has its own bytes");
    assertArrayEquals(bytes, await(conn.query("SELECT bin FROM t").execute()).iterator().next().getBuffer(0).getBytes());
  }

  @Test
  void datesAndTimesAreIsoTextSqliteCanRead() {
    LocalDate date = LocalDate.of(2024, 2, 29);
    Row d = roundTrip("d", date);
    assertEquals(date, d.getValue(0));
    assertEquals("text", d.getString(1));
    assertEquals(LocalTime.of(12, 1, 30), roundTrip("tm", LocalTime.of(12, 1, 30)).getValue(0));
    LocalDateTime ldt = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_000_000);
    assertEquals(ldt, roundTrip("dt", ldt).getValue(0));
    OffsetDateTime odt = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2));
    assertEquals(odt, roundTrip("dtz", odt).getValue(0));
    Instant instant = Instant.parse("2024-05-06T07:08:09Z");
    assertEquals(instant, roundTrip("dtz", instant).getOffsetDateTime(0).toInstant());

    // SQLite's own date functions read what we wrote
    await(conn.preparedQuery("INSERT INTO t (id, dt) VALUES (1, ?)").execute(Tuple.of(ldt)));
    Row fn = await(conn.query("SELECT date(dt), time(dt), julianday(dt) IS NOT NULL, dt < datetime('2024-01-02 03:04:06') FROM t").execute())
      .iterator().next();
    assertEquals("2024-01-02", fn.getString(0));
    assertEquals("03:04:05", fn.getString(1));
    assertEquals(1L, fn.getValue(2));
    assertEquals(1L, fn.getValue(3));
  }

  @Test
  void temporalGettersParseSqliteFunctionResults() {
    Row r = await(conn.query("SELECT date('2024-03-01'), time('10:11:12'), datetime('2024-03-01 10:11:12'), '2024-03-01 10:11:12'").execute())
      .iterator().next();
    assertEquals(LocalDate.of(2024, 3, 1), r.getLocalDate(0));
    assertEquals(LocalTime.of(10, 11, 12), r.getLocalTime(1));
    assertEquals(LocalDateTime.of(2024, 3, 1, 10, 11, 12), r.getLocalDateTime(2));
    assertEquals(OffsetDateTime.of(2024, 3, 1, 10, 11, 12, 0, ZoneOffset.UTC), r.getOffsetDateTime(3));
    assertEquals(LocalDate.of(2024, 3, 1), r.getLocalDate(2));
    assertEquals(LocalTime.of(10, 11, 12), r.getLocalTime(2));
  }

  @Test
  void uuids() {
    UUID u = UUID.randomUUID();
    Row r = roundTrip("u", u);
    assertEquals(u, r.getValue(0));
    assertEquals("text", r.getString(1));
    assertEquals(u, roundTrip("s", u).getUUID(0));
  }

  @Test
  void json() {
    JsonObject obj = new JsonObject().put("a", 1).put("b", new JsonArray().add("x"));
    assertEquals(obj, roundTrip("j", obj).getValue(0));
    JsonArray arr = new JsonArray().add(1).add(true).addNull();
    assertEquals(arr, roundTrip("j", arr).getJsonArray(0));
    assertEquals(Tuple.JSON_NULL, roundTrip("j", Tuple.JSON_NULL).getValue(0));
    // JSON text from an expression: the getters parse it
    Row r = await(conn.query("SELECT json_object('k', 2), json_array(1, 2)").execute()).iterator().next();
    assertEquals(new JsonObject().put("k", 2), r.getJsonObject(0));
    assertEquals(new JsonArray().add(1).add(2), r.getJsonArray(1));
  }

  @Test
  void enumsAreStoredByName() {
    assertEquals("GREEN", roundTrip("e", Color.GREEN).getString(0));
  }

  @Test
  void nullsOfEveryColumn() {
    await(conn.query("INSERT INTO t (id) VALUES (1)").execute());
    Row r = await(conn.query("SELECT * FROM t").execute()).iterator().next();
    for (int i = 1; i < r.size(); i++) {
      assertNull(r.getValue(i), r.getColumnName(i));
    }
  }

  @Test
  void columnDescriptorsCarryDeclaredTypes() {
    RowSet<Row> rows = await(conn.query("SELECT i2, f8, num, d, 1 + 1 AS expr FROM t").execute());
    assertEquals(JDBCType.SMALLINT, rows.columnDescriptors().get(0).jdbcType());
    assertEquals("SMALLINT", rows.columnDescriptors().get(0).typeName());
    assertEquals(JDBCType.DOUBLE, rows.columnDescriptors().get(1).jdbcType());
    assertEquals(JDBCType.NUMERIC, rows.columnDescriptors().get(2).jdbcType());
    assertEquals(JDBCType.DATE, rows.columnDescriptors().get(3).jdbcType());
    assertEquals("expr", rows.columnsNames().get(4));
    assertEquals(JDBCType.OTHER, rows.columnDescriptors().get(4).jdbcType());
  }

  @Test
  void valuesSqliteCannotStoreAreRefused() {
    SqliteException array = (SqliteException) awaitFailure(conn.preparedQuery("SELECT ?").execute(Tuple.of(new Integer[] {1, 2})));
    assertEquals(20, array.getPrimaryCode());
    assertTrue(array.getMessage().contains("array"), array.getMessage());
    SqliteException other = (SqliteException) awaitFailure(conn.preparedQuery("SELECT ?").execute(Tuple.of(new Object())));
    assertEquals("SQLITE_MISMATCH", other.getCodeName());
    // the connection still works
    assertEquals(1L, await(conn.query("SELECT 1").execute()).iterator().next().getValue(0));
  }
}
