package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.EngineTransaction;
import io.vertx.sqliteclient.SqliteConnectOptions;
import io.vertx.sqliteclient.SqlitePool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Engine transactions: thousands of read-modify-write transfers between accounts, all in flight at once, each
 * run in one transaction on an engine thread ({@code withEngineTransaction}); an overdraft is refused by the
 * work itself and rolled back. Run it with
 * {@code ./mvnw -pl vertx-sqlite-client-examples exec:java -Dexec.mainClass=io.vertx.sqliteclient.examples.BankTransfers};
 * it works on {@code data/bank.db} unless given another database.
 */
public final class BankTransfers {

  static final int ACCOUNTS = 100;
  static final long OPENING_BALANCE = 1_000;

  /** What a transfer the work refused throws: the engine rolls its transaction back. */
  public static final class InsufficientFunds extends RuntimeException {
    InsufficientFunds(long account, long balance, long amount) {
      super("account " + account + " has " + balance + ", cannot send " + amount, null, false, false);
    }
  }

  private BankTransfers() {
  }

  public static void main(String[] args) {
    String database = ExampleLauncher.fileArgument(args, 0, "bank.db");
    Vertx vertx = ExampleLauncher.vertxClosedOnShutdown();
    ExampleLauncher.awaitOrExit(run(vertx, database, 20_000, System.out::println), "BankTransfers failed");
    vertx.close();
  }

  /** Opens accounts, runs {@code transfers} random transfers at once, and reports what happened to {@code out}. */
  public static Future<Long> run(Vertx vertx, String database, int transfers, Consumer<String> out) {
    SqlitePool pool = SqlitePool.pool(vertx, new SqliteConnectOptions().setDatabase(database), new PoolOptions().setMaxSize(4));
    long start = System.nanoTime();
    return openAccounts(pool)
      .compose(v -> {
        List<Future<Long>> all = new ArrayList<>(transfers);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < transfers; i++) {
          long from = 1 + random.nextInt(ACCOUNTS);
          long to = 1 + (from + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
          all.add(transfer(pool, from, to, 1 + random.nextInt(200)).otherwise(err -> {
            if (err instanceof InsufficientFunds) {
              return -1L;                       // refused and rolled back: nothing moved
            }
            throw new IllegalStateException(err);
          }));
        }
        return Future.all(all).map(done -> all.stream().filter(f -> f.result() < 0).count());
      })
      .compose(refused -> pool.query("SELECT sum(balance) FROM account").execute().map(rows -> {
        long total = rows.iterator().next().getLong(0);
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.accept(transfers + " transfers in " + millis + " ms, " + refused + " refused for lack of funds; total "
          + total + " (opened with " + ACCOUNTS * OPENING_BALANCE + ")");
        return total;
      }))
      .eventually(() -> pool.close());
  }

  static Future<Void> openAccounts(SqlitePool pool) {
    return pool.withEngineTransaction(tx -> {
      tx.execute("CREATE TABLE IF NOT EXISTS account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)");
      tx.execute("DELETE FROM account");
      List<Tuple> accounts = new ArrayList<>();
      for (long id = 1; id <= ACCOUNTS; id++) {
        accounts.add(Tuple.of(id, OPENING_BALANCE));
      }
      tx.executeBatch("INSERT INTO account (id, balance) VALUES (?, ?)", accounts);
      return null;
    });
  }

  /** Moves {@code amount} if {@code from} has it; the sender's new balance. */
  public static Future<Long> transfer(SqlitePool pool, long from, long to, long amount) {
    // tag::engine-transaction[]
    Future<Long> left = pool.withEngineTransaction((EngineTransaction tx) -> {
      long balance = tx.execute("SELECT balance FROM account WHERE id = ?", Tuple.of(from))
        .iterator().next().getLong(0);
      if (balance < amount) {
        throw new InsufficientFunds(from, balance, amount);     // rolls back, fails the future with it
      }
      tx.execute("UPDATE account SET balance = balance - ? WHERE id = ?", Tuple.of(amount, from));
      tx.execute("UPDATE account SET balance = balance + ? WHERE id = ?", Tuple.of(amount, to));
      return balance - amount;                                  // completes the future, once committed
    });
    // end::engine-transaction[]
    return left;
  }
}
