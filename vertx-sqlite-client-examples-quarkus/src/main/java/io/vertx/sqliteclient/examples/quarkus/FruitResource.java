package io.vertx.sqliteclient.examples.quarkus;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClientHelper;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.mutiny.sqliteclient.SqliteClient;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Plain SQL on the injected Mutiny pool: the reactive SQLite datasource without an ORM. */
@Path("/fruits")
public class FruitResource {

  // tag::inject-pool[]
  @Inject
  Pool pool;

  @GET
  public Multi<Fruit> list() {
    return pool.query("SELECT id, name FROM fruit ORDER BY name").execute()
        .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
        .map(FruitResource::fruit);
  }
  // end::inject-pool[]

  void createSchema(@Observes StartupEvent startup) {
    SqlClientHelper.inTransactionUni(pool, tx -> tx
            .query("CREATE TABLE IF NOT EXISTS fruit (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)").execute()
            .flatMap(r -> tx.query("INSERT OR IGNORE INTO fruit(name) VALUES ('apple'), ('banana'), ('cherry')")
                .execute()))
        .await().indefinitely();
  }

  @GET
  @Path("{id}")
  public Uni<Fruit> get(Long id) {
    return pool.preparedQuery("SELECT id, name FROM fruit WHERE id = ?").execute(Tuple.of(id))
        .map(rows -> rows.iterator().hasNext() ? fruit(rows.iterator().next()) : null)
        .onItem().ifNull().failWith(NotFoundException::new);
  }

  @POST
  public Uni<Response> create(Fruit fruit) {
    return pool.preparedQuery("INSERT INTO fruit(name) VALUES (?)").execute(Tuple.of(fruit.name()))
        .map(rows -> rows.property(SqliteClient.LAST_INSERTED_ID))
        .map(id -> Response.status(Response.Status.CREATED).entity(new Fruit(id, fruit.name())).build());
  }

  @DELETE
  @Path("{id}")
  public Uni<Response> delete(Long id) {
    return pool.preparedQuery("DELETE FROM fruit WHERE id = ?").execute(Tuple.of(id))
        .map(rows -> rows.rowCount() == 1 ? Response.noContent() : Response.status(Response.Status.NOT_FOUND))
        .map(Response.ResponseBuilder::build);
  }

  private static Fruit fruit(Row row) {
    return new Fruit(row.getLong("id"), row.getString("name"));
  }
}
