package dev.hireloop.port.out.notification;

/**
 * Delivers e-mail. Adapters: SMTP (Angus Mail) and the embedded default that keeps every message in the stored
 * outbox. Callers retry on failure (the event dispatcher's back-off), so {@code send} must be idempotent per
 * {@link EmailMessage#id()}: an adapter that cannot check that itself sets the id as the {@code Message-ID}.
 */
public interface Notifier {
  /** A short, stable name for logs and configuration ({@code smtp}, {@code outbox}). */
  String name();

  /**
   * Sends the message or throws {@code ExternalServiceException} (UNAVAILABLE for a transient failure such as a
   * refused connection or a 4xx SMTP reply, BAD_RESPONSE for a permanent one such as a rejected recipient).
   */
  void send(EmailMessage message);
}
