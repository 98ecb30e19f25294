package io.vertx.sqliteclient.examples.quarkus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.JsonParseException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every 4xx as a small JSON body, {@code {"error": "…"}}, logged at DEBUG only: a client's mistake is not the
 * service's fault, and a log full of them hides the real ones. Anything unmapped stays Quarkus's: a 500, logged.
 */
public class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

  // tag::client-errors[]
  @ServerExceptionMapper
  public RestResponse<ErrorBody> clientError(ClientError e, UriInfo uri) {
    return answer(e.status(), e.getMessage(), uri);
  }
  // end::client-errors[]

  /** The body could not be read as the resource's type: not JSON at all, or JSON of another shape. */
  @ServerExceptionMapper({JsonParseException.class, MismatchedInputException.class})
  public RestResponse<ErrorBody> unreadableBody(JsonProcessingException e, UriInfo uri) {
    return answer(400, "the body is not valid JSON, or not a JSON object of the expected fields", uri);
  }

  /** Quarkus's own answers (no such route, an unsupported media type): the same JSON body, same status. */
  @ServerExceptionMapper
  public RestResponse<ErrorBody> framework(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonProcessingException unreadable) {
      return unreadableBody(unreadable, uri);  // Quarkus wraps a body that is not JSON at all in a bare 400
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error(uri.getPath() + " failed", e);
      return answer(status, "internal error", uri);
    }
    return answer(status, status == 404 ? "nothing at " + uri.getPath() : e.getMessage(), uri);
  }

  private static RestResponse<ErrorBody> answer(int status, String error, UriInfo uri) {
    LOG.debugf("%s: %d %s", uri.getPath(), status, error);
    return RestResponse.ResponseBuilder.create(RestResponse.Status.fromStatusCode(status), new ErrorBody(error))
        .type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
