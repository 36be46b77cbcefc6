package dev.hireloop.domain.shared;

/** A legal-looking request that breaks a business rule (HTTP 422). */
public class RuleViolationException extends HireloopException {
  private static final long serialVersionUID = 1L;

  public RuleViolationException(String code, String message) {
    super(code, message);
  }

  public RuleViolationException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
