package io.vertx.sqliteclient.examples.quarkus;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * CRUD through Hibernate Reactive, which reaches SQLite through the extension's pool. Input is checked before
 * Hibernate sees it; a duplicate ISBN is a 409, recognised from SQLite's extended code under Hibernate's exception.
 */
@Path("/books")
public class BookResource {

  @Inject
  Mutiny.SessionFactory sessions;

  // tag::hibernate-reactive[]
  @POST
  public Uni<RestResponse<Book>> create(Book book) {
    checked(book);
    if (book.id != null) {
      throw ClientError.badRequest("id is assigned by the database: leave it out");
    }
    return sessions.withTransaction(session -> session.persist(book))
        .map(ignored -> RestResponse.status(RestResponse.Status.CREATED, book))
        .onFailure(SqliteErrors::isUniqueViolation).transform(e -> isbnTaken(book));
  }

  @GET
  @Path("{id}")
  public Uni<Book> get(String id) {
    long key = Input.wholeNumber("id", id);
    return sessions.withSession(session -> session.find(Book.class, key))
        .onItem().ifNull().failWith(() -> noSuchBook(key));
  }
  // end::hibernate-reactive[]

  @GET
  public Uni<RestResponse<List<Book>>> list(@RestQuery String after, @RestQuery String limit) {
    Paging paging = Paging.of(after, limit);
    return sessions.withSession(session -> session
            .createSelectionQuery("from Book where id > :after order by id", Book.class)
            .setParameter("after", paging.after())
            .setMaxResults(paging.fetch())
            .getResultList())
        .map(books -> paging.response("/books", books, book -> book.id));
  }

  @PUT
  @Path("{id}")
  public Uni<Book> update(String id, Book changes) {
    long key = Input.wholeNumber("id", id);
    checked(changes);
    return sessions.withTransaction(session -> session.find(Book.class, key)
        .onItem().ifNull().failWith(() -> noSuchBook(key))
        .invoke(book -> {
          book.title = changes.title;
          book.pages = changes.pages;
          book.isbn = changes.isbn;
        }))
        .onFailure(SqliteErrors::isUniqueViolation).transform(e -> isbnTaken(changes));
  }

  @DELETE
  @Path("{id}")
  public Uni<RestResponse<Void>> delete(String id) {
    long key = Input.wholeNumber("id", id);
    return sessions.withTransaction(session -> session.find(Book.class, key)
        .onItem().ifNull().failWith(() -> noSuchBook(key))
        .call(session::remove))
        .replaceWith(RestResponse.noContent());
  }

  private static void checked(Book book) {
    Input.text("title", Input.body(book, "{\"title\": \"Dune\", \"pages\": 412}").title);
    if (book.pages < 0) {
      throw ClientError.badRequest("pages must not be negative");
    }
  }

  private static ClientError noSuchBook(long id) {
    return ClientError.notFound("no book with id " + id);
  }

  private static ClientError isbnTaken(Book book) {
    return ClientError.conflict("a book with isbn '" + book.isbn + "' already exists");
  }
}
