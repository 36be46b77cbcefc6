package dev.hireloop.domain.shared;

/** Missing, unknown, expired or revoked credentials. */
public class UnauthorizedException extends HireloopException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String code, String message) {
    super(code, message);
  }

  public UnauthorizedException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
