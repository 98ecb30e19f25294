package io.vertx.sqliteclient.examples;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.lang.System.Logger.Level;

/**
 * Answers every failed request with a small JSON body, {@code {"error": "…"}}. A client's mistake (an
 * {@link HttpException} with a 4xx status, or a 4xx vertx-web chose itself: no route, body too large) says what
 * was wrong and is logged at DEBUG only: it is not the service's fault, and a log full of them hides real ones.
 * Anything else is the service's fault: a 500 that tells the client nothing of the service's insides, logged
 * with its stack trace.
 */
final class JsonFailureHandler implements Handler<RoutingContext> {

  private static final System.Logger LOG = System.getLogger(JsonFailureHandler.class.getName());

  private final int bodyLimit;

  JsonFailureHandler(int bodyLimit) {
    this.bodyLimit = bodyLimit;
  }

  // tag::json-errors[]
  @Override
  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    int status = failure instanceof HttpException http ? http.getStatusCode() : failure == null ? ctx.statusCode() : 500;
    String request = ctx.request().method() + " " + ctx.request().uri();
    if (status >= 400 && status < 500) {
      String error = clientError(ctx, status, failure);
      LOG.log(Level.DEBUG, () -> request + ": " + status + " " + error);
      answer(ctx.response(), status, error);
    } else {
      LOG.log(Level.ERROR, request + " failed", failure);
      answer(ctx.response(), 500, "internal error");
    }
  }
  // end::json-errors[]

  private String clientError(RoutingContext ctx, int status, Throwable failure) {
    if (failure instanceof HttpException http && http.getPayload() != null) {
      return http.getPayload();
    }
    return switch (status) {
      case 404 -> "no route for " + ctx.request().method() + " " + ctx.request().path();
      case 413 -> "the body is larger than the " + bodyLimit + " bytes this service accepts";
      default -> HttpResponseStatus.valueOf(status).reasonPhrase();
    };
  }

  private static void answer(HttpServerResponse response, int status, String error) {
    if (response.closed() || response.ended()) {
      return;                                 // the client left: nobody to tell
    }
    if (response.headWritten()) {
      response.reset();                       // a stream broke off midway: cut it, so it cannot pass for complete
      return;
    }
    response.setStatusCode(status).putHeader("content-type", "application/json")
      .end(new JsonObject().put("error", error).encode());
  }
}
