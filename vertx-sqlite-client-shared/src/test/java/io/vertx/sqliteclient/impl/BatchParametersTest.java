package io.vertx.sqliteclient.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import io.vertx.sqliteclient.SqliteException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two threads encode a batch's parameter sets; whoever gets there first, the engine sees each set right. */
class BatchParametersTest {

  private static List<Tuple> tuples(int n) {
    List<Tuple> tuples = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tuples.add(Tuple.of(i, "name-" + i, Buffer.buffer(new byte[] {(byte) i, 1, 2}), new JsonObject().put("i", i)));
    }
    return tuples;
  }

  private static void assertEncoded(List<Tuple> tuples, Object[] actual, int index) {
    Object[] expected = VertxToSqlite.encode(tuples.get(index));
    assertEquals(expected.length, actual.length);
    for (int c = 0; c < expected.length; c++) {
      if (expected[c] instanceof byte[]) {
        assertArrayEquals((byte[]) expected[c], (byte[]) actual[c], "set " + index);
      } else {
        assertEquals(expected[c], actual[c], "set " + index);
      }
    }
  }

  @Test
  void setsEncodedAheadOrNotReadTheSame() {
    List<Tuple> tuples = tuples(100);
    BatchParameters ahead = new BatchParameters(tuples);
    ahead.encodeAhead();
    BatchParameters lazy = new BatchParameters(tuples);
    for (int i = 0; i < tuples.size(); i++) {
      assertEncoded(tuples, ahead.get(i), i);
      assertEncoded(tuples, lazy.get(i), i);
    }
  }

  @Test
  void anEngineRacingTheCallerSeesEverySetOnceAndRight() throws Exception {
    for (int round = 0; round < 50; round++) {
      List<Tuple> tuples = tuples(3000);
      BatchParameters parameters = new BatchParameters(tuples);
      List<Object[]> seen = new ArrayList<>();
      CompletableFuture<Void> engine = CompletableFuture.runAsync(() -> {
        for (Object[] set : parameters) {
          seen.add(set);
        }
      });
      parameters.encodeAhead();
      engine.get(30, TimeUnit.SECONDS);
      assertEquals(tuples.size(), seen.size());
      for (int i = 0; i < tuples.size(); i++) {
        assertEncoded(tuples, seen.get(i), i);
      }
    }
  }

  @Test
  void aSetThatCannotBeEncodedFailsWhenTheEngineReachesIt() {
    List<Tuple> tuples = tuples(10);
    tuples.set(6, Tuple.of(Numeric.create(Double.NaN)));
    BatchParameters parameters = new BatchParameters(tuples);
    parameters.encodeAhead(); // does not throw: the caller has handed the batch over already
    for (int i = 0; i < 6; i++) {
      assertEncoded(tuples, parameters.get(i), i);
    }
    SqliteException e = assertThrows(SqliteException.class, () -> parameters.get(6));
    assertEquals("SQLITE_MISMATCH", e.getCodeName());
    assertEncoded(tuples, parameters.get(7), 7);
  }
}
