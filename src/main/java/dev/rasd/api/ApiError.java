package dev.rasd.api;

/** A request the API refuses, with the HTTP status and the one line the client sees. */
final class ApiError extends RuntimeException {
  private final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  static ApiError notFound(String what, String id) {
    return new ApiError(404, "no " + what + " with id '" + id + "'");
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  int status() {
    return status;
  }
}
