package io.vertx.sqliteclient.examples;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Todo items, written against {@code io.vertx.sqlclient.Pool} only: SqlTemplate's {@code #{name}} parameters
 * become each driver's own placeholders, and {@code RETURNING} works on SQLite and PostgreSQL alike, so the same
 * class runs on both (TodoRepositoryTest runs it against each).
 */
public final class TodoRepository {

  /** SQLite's schema; other databases bring their own, with the same columns. */
  public static final String SQLITE_SCHEMA =
    "CREATE TABLE IF NOT EXISTS todo (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done BOOLEAN NOT NULL DEFAULT FALSE)";

  private final Pool pool;

  public TodoRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<JsonObject> create(String title) {
    return SqlTemplate.forQuery(pool, "INSERT INTO todo (title, done) VALUES (#{title}, #{done}) RETURNING id, title, done")
      .execute(Map.of("title", title, "done", false))
      .map(TodoRepository::first);
  }

  /** The item, or {@code null} when there is none. */
  public Future<JsonObject> find(long id) {
    return SqlTemplate.forQuery(pool, "SELECT id, title, done FROM todo WHERE id = #{id}")
      .execute(Map.of("id", id))
      .map(TodoRepository::first);
  }

  /** Up to {@code limit} items, and the id to ask for the next page after ({@code null}: this was the last). */
  public record Page(List<JsonObject> items, Long nextAfter) {
  }

  // tag::keyset-page[]
  /**
   * The items after id {@code after}, in id order. Keyset paging: {@code WHERE id > ?} walks the primary key
   * index straight to the page, however deep, where {@code OFFSET} would read and skip every earlier row. One row
   * more than asked for says whether there is a next page.
   */
  public Future<Page> page(long after, int limit) {
    return SqlTemplate.forQuery(pool, "SELECT id, title, done FROM todo WHERE id > #{after} ORDER BY id LIMIT #{limit}")
      .execute(Map.of("after", after, "limit", limit + 1))
      .map(rows -> {
        List<JsonObject> items = new ArrayList<>();
        rows.forEach(r -> items.add(json(r)));
        if (items.size() <= limit) {
          return new Page(items, null);
        }
        items.remove(limit);
        return new Page(items, items.get(limit - 1).getLong("id"));
      });
  }
  // end::keyset-page[]

  /** Whether an item was updated. */
  public Future<Boolean> update(long id, String title, boolean done) {
    return SqlTemplate.forUpdate(pool, "UPDATE todo SET title = #{title}, done = #{done} WHERE id = #{id}")
      .execute(Map.of("id", id, "title", title, "done", done))
      .map(r -> r.rowCount() == 1);
  }

  /** Whether an item was deleted. */
  public Future<Boolean> delete(long id) {
    return SqlTemplate.forUpdate(pool, "DELETE FROM todo WHERE id = #{id}")
      .execute(Map.of("id", id))
      .map(r -> r.rowCount() == 1);
  }

  /** Marks every open item done in one transaction; the number changed. */
  public Future<Integer> completeAll() {
    return pool.withTransaction(conn -> SqlTemplate.forUpdate(conn, "UPDATE todo SET done = #{done} WHERE done = #{open}")
      .execute(Map.of("done", true, "open", false))
      .map(r -> r.rowCount()));
  }

  static JsonObject json(Row row) {
    return new JsonObject()
      .put("id", row.getLong("id"))
      .put("title", row.getString("title"))
      .put("done", row.getBoolean("done"));
  }

  private static JsonObject first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : json(rows.iterator().next());
  }
}
