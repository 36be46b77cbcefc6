package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.HireloopException;
import java.util.Map;
import java.util.Optional;

/**
 * A request refused by the HTTP layer itself (before any use case ran): bad JSON, a body that is too large or
 * not JSON, a malformed header or id. Carries its HTTP status, the offending field if there is one, and any
 * response headers the problem needs.
 */
final class RequestRejectedException extends HireloopException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String field;
  private final transient Map<String, String> headers;

  RequestRejectedException(int status, String code, String field, String message) {
    this(status, code, field, message, Map.of());
  }

  RequestRejectedException(int status, String code, String field, String message, Map<String, String> headers) {
    super(code, message);
    this.status = status;
    this.field = field;
    this.headers = Map.copyOf(headers);
  }

  static RequestRejectedException badRequest(String code, String field, String message) {
    return new RequestRejectedException(400, code, field, message);
  }

  int status() {
    return status;
  }

  Optional<String> field() {
    return Optional.ofNullable(field);
  }

  Map<String, String> headers() {
    return headers;
  }
}
