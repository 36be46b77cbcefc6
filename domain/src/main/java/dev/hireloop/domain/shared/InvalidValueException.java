package dev.hireloop.domain.shared;

/** Malformed input: a value that can never be valid (HTTP 400). */
public class InvalidValueException extends HireloopException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String code, String message) {
    super(code, message);
  }

  public InvalidValueException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
