package io.vertx.sqliteclient.examples.quarkus;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** CRUD through Hibernate Reactive, which reaches SQLite through the extension's pool. */
@Path("/books")
public class BookResource {

  @Inject
  Mutiny.SessionFactory sessions;

  // tag::hibernate-reactive[]
  @POST
  public Uni<Response> create(Book book) {
    return sessions.withTransaction(session -> session.persist(book))
        .map(ignored -> Response.status(Response.Status.CREATED).entity(book).build());
  }

  @GET
  @Path("{id}")
  public Uni<Book> get(Long id) {
    return sessions.withSession(session -> session.find(Book.class, id))
        .onItem().ifNull().failWith(NotFoundException::new);
  }
  // end::hibernate-reactive[]

  @GET
  public Uni<List<Book>> list() {
    return sessions.withSession(session -> session.createSelectionQuery("from Book order by id", Book.class)
        .getResultList());
  }

  @PUT
  @Path("{id}")
  public Uni<Book> update(Long id, Book changes) {
    return sessions.withTransaction(session -> session.find(Book.class, id)
        .onItem().ifNull().failWith(NotFoundException::new)
        .invoke(book -> {
          book.title = changes.title;
          book.pages = changes.pages;
        }));
  }

  @DELETE
  @Path("{id}")
  public Uni<Response> delete(Long id) {
    return sessions.withTransaction(session -> session.find(Book.class, id)
        .onItem().ifNull().failWith(NotFoundException::new)
        .call(session::remove))
        .replaceWith(Response.noContent().build());
  }
}
