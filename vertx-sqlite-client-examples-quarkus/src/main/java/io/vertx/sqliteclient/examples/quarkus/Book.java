package io.vertx.sqliteclient.examples.quarkus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A Hibernate Reactive entity; SQLite assigns the id (an INTEGER PRIMARY KEY is the rowid). */
@Entity
public class Book {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String title;

  public int pages;

  /** Optional; two books cannot share one (SQLite allows any number of NULLs in a UNIQUE column). */
  @Column(unique = true)
  public String isbn;

  public Book() {
  }

  public Book(String title, int pages) {
    this.title = title;
    this.pages = pages;
  }
}
