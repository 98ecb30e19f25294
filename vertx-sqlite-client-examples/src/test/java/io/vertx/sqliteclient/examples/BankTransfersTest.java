package io.vertx.sqliteclient.examples;

import static io.vertx.sqliteclient.examples.Await.await;
import static io.vertx.sqliteclient.examples.Await.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqlitePool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BankTransfersTest {

  private Vertx vertx;
  private String database;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    database = Files.createDirectories(Path.of("target")).resolve("bank-" + System.nanoTime() + ".db").toString();
  }

  @AfterEach
  void stop() throws Exception {
    await(vertx.close());
  }

  @Test
  void everyTransferKeepsTheTotalAndOverdraftsAreRefused() throws Exception {
    List<String> out = new ArrayList<>();
    long total = await(BankTransfers.run(vertx, database, 3_000, out::add));
    assertEquals(BankTransfers.ACCOUNTS * BankTransfers.OPENING_BALANCE, total);
    assertTrue(out.get(0).matches("3000 transfers in \\d+ ms, \\d+ refused for lack of funds; total 100000 \\(opened with 100000\\)"), out.get(0));
  }

  @Test
  void anOverdraftRollsBackAndFailsWithTheWorksException() throws Exception {
    SqlitePool pool = SqlitePool.pool(vertx, new SqliteConnectOptions().setDatabase(database), new PoolOptions().setMaxSize(2));
    await(BankTransfers.openAccounts(pool));
    assertEquals(900L, await(BankTransfers.transfer(pool, 1, 2, 100)));
    assertInstanceOf(BankTransfers.InsufficientFunds.class, failure(BankTransfers.transfer(pool, 1, 2, 901)));
    assertEquals(900L, await(pool.query("SELECT balance FROM account WHERE id = 1").execute()).iterator().next().getLong(0));
  }
}
