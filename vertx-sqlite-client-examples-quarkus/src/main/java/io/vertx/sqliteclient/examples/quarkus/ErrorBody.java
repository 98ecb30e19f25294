package io.vertx.sqliteclient.examples.quarkus;

/** The body of every error answer: what was wrong, in one sentence. */
public record ErrorBody(String error) {
}
