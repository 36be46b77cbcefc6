package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.HireloopException;
import java.util.Optional;

/**
 * A request refused by the HTTP layer itself, before any use case ran: bad JSON, a body that is not JSON, a
 * malformed header, parameter or id. Carries its HTTP status and the offending field, if there is one.
 */
final class RequestRejectedException extends HireloopException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String field;

  RequestRejectedException(int status, String code, String field, String message) {
    super(code, message);
    this.status = status;
    this.field = field;
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
}
