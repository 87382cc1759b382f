package org.minzheng.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.minzheng.UnknownRegionException;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.MinzhengException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the API as RFC 9457 {@code application/problem+json}: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, and {@code errors}, a list of
 * {@code {field, value, message}} naming the JSON path and the value at fault.
 */
@RestControllerAdvice
final class Problems {
  static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger log = LoggerFactory.getLogger(Problems.class);
  private static final Pattern RESIDENT_ID = Pattern.compile("(?<!\\d)(\\d{6})\\d{8}(\\d{3}[\\dXx])(?![\\dXx])");

  /**
   * Masks every 18-character resident ID in a text to its region and last four characters,
   * {@code 410402********0014}, so that a log never holds a full ID.
   */
  static String mask(String text) {
    return text == null ? "" : RESIDENT_ID.matcher(text).replaceAll("$1********$2");
  }

  static ResponseEntity<byte[]> render(ApiProblem p, HttpServletRequest request) {
    ObjectNode o = MinzhengJson.mapper().createObjectNode();
    o.put("type", "https://minzheng.org/problems/" + p.status());
    o.put("title", p.title());
    o.put("status", p.status());
    o.put("detail", p.errors().isEmpty() ? p.title() : p.errors().stream()
        .map(e -> (e.field().isEmpty() ? "" : e.field() + ": ") + e.message()).reduce((a, b) -> a + "; " + b).get());
    o.put("instance", request == null ? "" : request.getRequestURI());
    ArrayNode errors = o.putArray("errors");
    for (ApiProblem.FieldError e : p.errors()) {
      errors.addObject().put("field", e.field()).put("value", e.value()).put("message", e.message());
    }
    try {
      return ResponseEntity.status(p.status()).header(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON)
          .body(MinzhengJson.mapper().writeValueAsBytes(o));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ExceptionHandler(ApiProblem.ApiException.class)
  ResponseEntity<byte[]> api(ApiProblem.ApiException e, HttpServletRequest request) {
    return render(e.problem(), request);
  }

  @ExceptionHandler(UnknownRegionException.class)
  ResponseEntity<byte[]> region(UnknownRegionException e, HttpServletRequest request) {
    return render(new ApiProblem(400, "Unknown region", List.of(new ApiProblem.FieldError("household.region",
        e.region().code(), e.getMessage()))), request);
  }

  @ExceptionHandler(MinzhengException.class)
  ResponseEntity<byte[]> domain(MinzhengException e, HttpServletRequest request) {
    return render(new ApiProblem(400, "Cannot calculate", List.of(new ApiProblem.FieldError("", "",
        JsonInput.firstLine(String.valueOf(e.getMessage()))))), request);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<byte[]> argument(IllegalArgumentException e, HttpServletRequest request) {
    return render(new ApiProblem(400, "Invalid request", List.of(new ApiProblem.FieldError("", "",
        JsonInput.firstLine(String.valueOf(e.getMessage()))))), request);
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<byte[]> header(MissingRequestHeaderException e, HttpServletRequest request) {
    return render(new ApiProblem(400, "Missing header", List.of(new ApiProblem.FieldError(e.getHeaderName(), "",
        "the header " + e.getHeaderName() + " is required"))), request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<byte[]> parameter(MissingServletRequestParameterException e, HttpServletRequest request) {
    return render(new ApiProblem(400, "Missing parameter", List.of(new ApiProblem.FieldError(e.getParameterName(), "",
        "the query parameter " + e.getParameterName() + " is required"))), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<byte[]> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return render(new ApiProblem(400, "Invalid parameter", List.of(new ApiProblem.FieldError(e.getName(),
        String.valueOf(e.getValue()), "not a valid " + (e.getRequiredType() == null ? "value"
            : e.getRequiredType().getSimpleName())))), request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<byte[]> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return render(new ApiProblem(415, "Unsupported media type", List.of(new ApiProblem.FieldError("Content-Type",
        String.valueOf(e.getContentType()), "supported: " + e.getSupportedMediaTypes()))), request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<byte[]> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return render(new ApiProblem(405, "Method not allowed", List.of(new ApiProblem.FieldError("", e.getMethod(),
        "allowed: " + e.getSupportedHttpMethods()))), request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<byte[]> notFound(NoResourceFoundException e, HttpServletRequest request) {
    return render(new ApiProblem(404, "Not found", List.of(new ApiProblem.FieldError("", e.getResourcePath(),
        "no such resource"))), request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
    log.error("unexpected error on {}: {}", request.getRequestURI(), mask(e.toString()));
    return render(new ApiProblem(500, "Internal error", List.of(new ApiProblem.FieldError("", "",
        "the server failed; the log has the details"))), request);
  }
}
