package org.minzheng.server;

import java.util.List;

/**
 * A request the API refuses, answered as RFC 9457 {@code application/problem+json}.
 *
 * @param status the HTTP status (400, 401, 403, 404, 409, 413)
 * @param title a short, fixed summary of the kind of problem
 * @param errors what is wrong, each naming a field path and its value when there is one
 */
record ApiProblem(int status, String title, List<FieldError> errors) {
  /** One thing wrong: the JSON path of the field (empty for the whole body), its value, and why. */
  record FieldError(String field, String value, String message) {}

  static ApiException of(int status, String title, String field, String value, String message) {
    return new ApiException(new ApiProblem(status, title, List.of(new FieldError(field, value, message))));
  }

  static ApiException badRequest(String field, String value, String message) {
    return of(400, "Invalid request", field, value, message);
  }

  /** The exception that carries a problem out of a controller. */
  static final class ApiException extends RuntimeException {
    private final ApiProblem problem;

    ApiException(ApiProblem problem) {
      super(problem.title(), null, false, false);
      this.problem = problem;
    }

    ApiProblem problem() {
      return problem;
    }
  }
}
