package dev.hireloop.domain.shared;

/** A state conflict: a stale version, a duplicate, a concurrent change. */
public class ConflictException extends HireloopException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String code, String message) {
    super(code, message);
  }

  public ConflictException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
