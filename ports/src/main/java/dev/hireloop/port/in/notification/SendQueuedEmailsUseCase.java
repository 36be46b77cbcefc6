package dev.hireloop.port.in.notification;

/**
 * Sends the stored e-mails that are {@code QUEUED} and due, outside any database transaction: each is claimed
 * first (so two nodes never send the same message at once), sent through the configured notifier, then marked
 * {@code SENT}, or after a failure retried with exponential back-off and {@code FAILED} after the last attempt.
 * Called periodically by the event dispatchers. Without a notifier nothing is queued and nothing is sent.
 */
public interface SendQueuedEmailsUseCase {
  /**
   * Sends up to {@code limit} (1–1,000) due messages, the longest due first.
   *
   * @return how many were tried (sent or failed); fewer than {@code limit} means nothing else was due
   */
  int sendDue(int limit);
}
