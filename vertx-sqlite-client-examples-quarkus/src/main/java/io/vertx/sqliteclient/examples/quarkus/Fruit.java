package io.vertx.sqliteclient.examples.quarkus;

/** A row of the {@code fruit} table, read and written with plain SQL through the Mutiny pool. */
public record Fruit(Long id, String name) {
}
