package io.vertx.sqliteclient.examples.quarkus;

/** Checks of what a client sent; anything wrong is a {@link ClientError} 400 saying what. */
final class Input {

  private Input() {
  }

  /** A path or query parameter that must be a whole number (JAX-RS would answer a bad one with an empty 404). */
  static long wholeNumber(String name, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ClientError.badRequest(name + " must be a whole number, not '" + text + "'");
    }
  }

  /** A JSON body, which is null when the request had none. */
  static <T> T body(T body, String example) {
    if (body == null) {
      throw ClientError.badRequest("the body must be a JSON object, like " + example);
    }
    return body;
  }

  static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ClientError.badRequest(name + " must be a string that is not blank");
    }
    return value;
  }
}
