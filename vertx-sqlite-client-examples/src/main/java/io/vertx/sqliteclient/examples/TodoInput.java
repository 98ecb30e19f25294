package io.vertx.sqliteclient.examples;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * Reads and checks what a client sent to TodoVerticle. Anything wrong is thrown as an {@link HttpException} 400
 * saying what was wrong; vertx-web hands it to {@link JsonFailureHandler}, which answers it without logging it.
 */
final class TodoInput {

  static final int DEFAULT_LIMIT = 100;
  /** A page is at most this long, so one request never makes the service read, hold and send a whole table. */
  static final int MAX_LIMIT = 1000;

  private TodoInput() {
  }

  // tag::checked-input[]
  static long id(RoutingContext ctx) {
    return wholeNumber("id", ctx.pathParam("id"));
  }

  private static long wholeNumber(String name, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw badRequest(name + " must be a whole number, not '" + text + "'");
    }
  }

  /** The request body, which must be a JSON object. */
  static JsonObject body(RoutingContext ctx) {
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      throw badRequest("the body must be a JSON object, like {\"title\": \"buy milk\"}");
    }
    Object json;
    try {
      json = Json.decodeValue(body);
    } catch (DecodeException e) {
      throw badRequest("the body is not valid JSON");
    }
    if (!(json instanceof JsonObject object)) {
      throw badRequest("the body must be a JSON object, like {\"title\": \"buy milk\"}");
    }
    return object;
  }

  static String title(JsonObject body) {
    if (body.getValue("title") instanceof String title && !title.isBlank()) {
      return title;
    }
    throw badRequest("title must be a string that is not blank");
  }
  // end::checked-input[]

  /** The item to list after: the last id of the previous page (0, before every rowid, when absent). */
  static long after(RoutingContext ctx) {
    String after = ctx.queryParams().get("after");
    return after == null ? 0 : wholeNumber("after", after);
  }

  static int limit(RoutingContext ctx) {
    String limit = ctx.queryParams().get("limit");
    long value = limit == null ? DEFAULT_LIMIT : wholeNumber("limit", limit);
    if (value < 1 || value > MAX_LIMIT) {
      throw badRequest("limit must be from 1 to " + MAX_LIMIT + ", not " + value);
    }
    return (int) value;
  }

  /** {@code done}, false when absent. */
  static boolean done(JsonObject body) {
    Object done = body.getValue("done", false);
    if (done instanceof Boolean value) {
      return value;
    }
    throw badRequest("done must be true or false");
  }

  private static HttpException badRequest(String what) {
    return new HttpException(400, what);
  }
}
