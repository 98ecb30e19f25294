package io.vertx.sqliteclient.examples.quarkus;

/**
 * A client's mistake: answered with its status and {@code {"error": message}} by {@link ErrorMappers}, and logged
 * at DEBUG only. Made without a stack trace: nobody reads it, and filling one in costs on every bad request.
 */
public final class ClientError extends RuntimeException {

  private final int status;

  private ClientError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public static ClientError badRequest(String what) {
    return new ClientError(400, what);
  }

  public static ClientError notFound(String what) {
    return new ClientError(404, what);
  }

  public static ClientError conflict(String what) {
    return new ClientError(409, what);
  }

  public int status() {
    return status;
  }
}
