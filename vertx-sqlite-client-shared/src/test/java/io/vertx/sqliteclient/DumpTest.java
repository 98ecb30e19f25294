package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Promise;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpTest extends VertxPerTest {

  private static final String SCHEMA = String.join("\n",
    "CREATE TABLE author (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, born DATE);",
    "CREATE TABLE book (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES author(id), title TEXT, price REAL,",
    "  cover BLOB, \"odd \"\"name\"\"\" TEXT);",
    "CREATE INDEX book_title ON book(title);",
    "CREATE TRIGGER book_title_upper AFTER INSERT ON book WHEN new.title = 'x' BEGIN UPDATE book SET title = 'X' WHERE id = new.id; END;",
    "CREATE VIEW cheap AS SELECT title FROM book WHERE price < 10;",
    "INSERT INTO author (name, born) VALUES ('Ann', '1970-01-01'), ('Bob''s; \"quoted\"\nname', NULL);",
    "DELETE FROM author WHERE id = 2;",
    "INSERT INTO author (name) VALUES ('Cy');",
    "INSERT INTO book VALUES (1, 1, 'one; two', 0.1, x'00ff10', 'a'), (2, 3, NULL, 3.141592653589793, NULL, NULL),",
    "  (3, 1, 'tab\tand €', 1e300, x'', '');");



  @Test
  void aDumpReimportedReproducesTheDatabase() {
    SqliteConnection source = await(SqliteConnection.connect(vertx, new SqliteConnectOptions()));
    await(source.executeScript(SCHEMA));
    String dump = await(source.dump());
    assertTrue(dump.startsWith("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE author"), dump);
    assertTrue(dump.endsWith("COMMIT;\n"), dump);
    assertTrue(dump.contains("INSERT INTO sqlite_sequence(name,seq) VALUES('author',3);"), dump);

    SqliteConnection copy = await(SqliteConnection.connect(vertx, new SqliteConnectOptions()));
    await(copy.executeScript(dump));
    assertEquals(dump, await(copy.dump()), "the copy dumps to the same text");
    assertEquals(0.1, await(copy.query("SELECT price FROM book WHERE id = 1").execute()).iterator().next().getDouble(0));
    assertEquals(Math.PI, await(copy.query("SELECT price FROM book WHERE id = 2").execute()).iterator().next().getDouble(0));
    // the AUTOINCREMENT counter came along: the next id is 4, not 3
    await(copy.query("INSERT INTO author (name) VALUES ('Dee')").execute());
    assertEquals(4L, await(copy.query("SELECT max(id) FROM author").execute()).iterator().next().getLong(0));
  }

  @Test
  void theStreamingDumpMatchesTheTextOne() {
    SqliteConnection source = await(SqliteConnection.connect(vertx, new SqliteConnectOptions()));
    await(source.executeScript(SCHEMA + "\nCREATE TABLE many (n INTEGER);"
      + "\nWITH RECURSIVE s(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM s WHERE v < 5000) INSERT INTO many SELECT v FROM s;"));
    List<String> statements = new ArrayList<>();
    Promise<Void> done = Promise.promise();
    ReadStream<String> stream = source.dumpStream();
    stream.exceptionHandler(done::fail).endHandler(v -> done.complete()).handler(statements::add);
    await(done.future());
    assertEquals(await(source.dump()), String.join("\n", statements) + "\n");
    assertTrue(statements.size() > 5000);
  }
}
