package io.vertx.sqliteclient;

import static io.vertx.sqliteclient.SqliteTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** vertx-sql-client-templates over this driver: named parameters become SQLite's ?N placeholders. */
class SqlTemplateTest extends VertxPerTest {

  record Person(long id, String name, long parent) {
  }

  private Pool pool;

  @BeforeEach
  void start() {
    pool = SqliteTestSupport.pool(vertx, SqliteTestSupport.newDatabase(), 2);
    await(pool.query("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, parent INTEGER);"
      + " INSERT INTO person VALUES (1, 'root', 0), (2, 'child', 1), (3, 'other', 2)").execute());
  }

  @Test
  void namedParametersAndAParameterUsedTwice() {
    RowMapper<Person> mapper = row -> new Person(row.getLong("id"), row.getString("name"), row.getLong("parent"));
    List<Person> people = new ArrayList<>();
    SqlTemplate.forQuery(pool, "SELECT id, name, parent FROM person WHERE id = #{id} OR parent = #{id} ORDER BY id")
      .mapTo(mapper)
      .execute(Map.of("id", 1))
      .map(rows -> {
        rows.forEach(people::add);
        return null;
      })
      .toCompletionStage().toCompletableFuture().join();
    assertEquals(List.of(new Person(1, "root", 0), new Person(2, "child", 1)), people);
  }

  @Test
  void updatesAndJsonMapping() {
    int updated = await(SqlTemplate.forUpdate(pool, "UPDATE person SET name = #{name} WHERE id = #{id}")
      .execute(Map.of("name", "renamed", "id", 3))).rowCount();
    assertEquals(1, updated);
    JsonObject json = await(SqlTemplate.forQuery(pool, "SELECT name, parent FROM person WHERE id = #{id}")
      .mapTo(io.vertx.sqlclient.Row::toJson)
      .execute(Map.of("id", 3))).iterator().next();
    assertEquals(new JsonObject().put("name", "renamed").put("parent", 2L), json);
  }
}
