package dev.hireloop.domain.shared;

import java.util.Objects;

/**
 * The one root of every exception the Hireloop core throws on purpose. Each carries a stable machine code
 * (for example {@code job.illegal-transition}) that the HTTP server turns into a problem type URI.
 */
public abstract class HireloopException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;

  protected HireloopException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  protected HireloopException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Stable, documented machine code, e.g. {@code profile.not-found}. */
  public String code() {
    return code;
  }
}
