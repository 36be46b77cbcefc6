package dev.hireloop.port.out.notification;

/** What became of a stored e-mail; see {@link StoredEmail}. */
public enum EmailStatus {
  /** Kept in the outbox only: no mail transport is configured. */
  KEPT,
  /** Waiting to be sent (or retried). */
  QUEUED,
  SENT,
  /** Given up after the last retry. */
  FAILED
}
