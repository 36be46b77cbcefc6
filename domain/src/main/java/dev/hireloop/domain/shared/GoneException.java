package dev.hireloop.domain.shared;

/** Something that existed is no longer usable: an expired link. */
public class GoneException extends HireloopException {
  private static final long serialVersionUID = 1L;

  public GoneException(String code, String message) {
    super(code, message);
  }
}
