package dev.hireloop.adapter.out.persistence.scheduler;

/** How a failed delivery is described: in a dead letter, and (shorter) in the logs. */
final class Failures {
  private Failures() {}

  /** Exception class and message for the dead letter, which only the owning recruiter and operators see. */
  static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getName() : failure.getClass().getName() + ": " + message;
  }

  /** Only the class name goes to the logs: messages are free text and may quote personal data. */
  static String kind(Throwable failure) {
    return failure.getClass().getName();
  }
}
