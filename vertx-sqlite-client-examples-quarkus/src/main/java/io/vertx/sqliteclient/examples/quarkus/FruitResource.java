package io.vertx.sqliteclient.examples.quarkus;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.mutiny.sqliteclient.SqliteClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Plain SQL on the injected Mutiny pool: the reactive SQLite datasource without an ORM. Lists are keyset-paged
 * ({@link Paging}); {@code GET /fruits/export} streams every fruit as NDJSON ({@link FruitExport}).
 */
@Path("/fruits")
public class FruitResource {

  // tag::inject-pool[]
  @Inject
  Pool pool;

  @GET
  public Uni<RestResponse<List<Fruit>>> list(@RestQuery String after, @RestQuery String limit) {
    Paging paging = Paging.of(after, limit);
    return pool.preparedQuery("SELECT id, name FROM fruit WHERE id > ? ORDER BY id LIMIT ?")
        .execute(Tuple.of(paging.after(), paging.fetch()))
        .map(rows -> paging.response("/fruits", fruits(rows), Fruit::id));
  }
  // end::inject-pool[]

  @Inject
  FruitExport export;

  @GET
  @Path("export")
  @Produces("application/x-ndjson")
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  public Multi<Fruit> export() {
    return export.all();
  }

  @GET
  @Path("{id}")
  public Uni<Fruit> get(String id) {
    long key = Input.wholeNumber("id", id);
    return pool.preparedQuery("SELECT id, name FROM fruit WHERE id = ?").execute(Tuple.of(key))
        .map(rows -> rows.iterator().hasNext() ? fruit(rows.iterator().next()) : null)
        .onItem().ifNull().failWith(() -> ClientError.notFound("no fruit with id " + key));
  }

  // tag::unique-conflict[]
  @POST
  public Uni<RestResponse<Fruit>> create(Fruit fruit) {
    String name = Input.text("name", Input.body(fruit, "{\"name\": \"kiwi\"}").name());
    return pool.preparedQuery("INSERT INTO fruit(name) VALUES (?)").execute(Tuple.of(name))
        .map(rows -> RestResponse.status(RestResponse.Status.CREATED,
            new Fruit(rows.property(SqliteClient.LAST_INSERTED_ID), name)))
        .onFailure(SqliteErrors::isUniqueViolation)
        .transform(e -> ClientError.conflict("a fruit named '" + name + "' already exists"));
  }
  // end::unique-conflict[]

  @DELETE
  @Path("{id}")
  public Uni<RestResponse<Void>> delete(String id) {
    long key = Input.wholeNumber("id", id);
    return pool.preparedQuery("DELETE FROM fruit WHERE id = ?").execute(Tuple.of(key))
        .map(rows -> {
          if (rows.rowCount() == 0) {
            throw ClientError.notFound("no fruit with id " + key);
          }
          return RestResponse.noContent();
        });
  }

  static Fruit fruit(Row row) {
    return new Fruit(row.getLong("id"), row.getString("name"));
  }

  private static List<Fruit> fruits(RowSet<Row> rows) {
    List<Fruit> fruits = new ArrayList<>(rows.size());
    rows.forEach(row -> fruits.add(fruit(row)));
    return fruits;
  }
}
