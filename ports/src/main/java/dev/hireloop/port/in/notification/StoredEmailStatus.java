package dev.hireloop.port.in.notification;

/** What became of a stored e-mail, as the use cases show it (mirrors the outbox's own status). */
public enum StoredEmailStatus {
  /** Kept in the outbox only: no mail transport is configured. */
  KEPT,
  /** Waiting to be sent (or retried). */
  QUEUED,
  SENT,
  /** Given up after the last retry. */
  FAILED
}
