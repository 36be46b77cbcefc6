package dev.hireloop.domain.shared;

/** An external system (database, provider) failed or is unreachable. */
public class ExternalServiceException extends HireloopException {
  private static final long serialVersionUID = 1L;

  public ExternalServiceException(String code, String message) {
    super(code, message);
  }

  public ExternalServiceException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
