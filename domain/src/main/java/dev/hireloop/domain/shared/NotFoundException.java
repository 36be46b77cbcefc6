package dev.hireloop.domain.shared;

/** A resource does not exist, or belongs to another recruiter (never tell which). */
public class NotFoundException extends HireloopException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String code, String message) {
    super(code, message);
  }

  public NotFoundException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
