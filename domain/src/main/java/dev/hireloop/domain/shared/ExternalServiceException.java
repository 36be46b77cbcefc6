package dev.hireloop.domain.shared;

/**
 * An external system (database, job board, calendar, language model) failed. {@link Failure} says how, so the
 * HTTP edge can answer 502 (it answered nonsense), 503 (it is unavailable) or 504 (it did not answer in time).
 */
public class ExternalServiceException extends HireloopException {
  private static final long serialVersionUID = 1L;

  /** How the dependency failed. */
  public enum Failure {
    /** Unreachable, refusing, or failing with 5xx: try again later (HTTP 503). */
    UNAVAILABLE,
    /** Answered, but with something unusable: malformed, wrong type, unexpected status (HTTP 502). */
    BAD_RESPONSE,
    /** Did not answer within the time limit (HTTP 504). */
    TIMEOUT
  }

  private final Failure failure;

  public ExternalServiceException(String code, String message) {
    this(code, message, Failure.UNAVAILABLE);
  }

  public ExternalServiceException(String code, String message, Throwable cause) {
    this(code, message, Failure.UNAVAILABLE, cause);
  }

  public ExternalServiceException(String code, String message, Failure failure) {
    super(code, message);
    this.failure = Check.notNull(failure, "failure");
  }

  public ExternalServiceException(String code, String message, Failure failure, Throwable cause) {
    super(code, message, cause);
    this.failure = Check.notNull(failure, "failure");
  }

  public Failure failure() {
    return failure;
  }
}
