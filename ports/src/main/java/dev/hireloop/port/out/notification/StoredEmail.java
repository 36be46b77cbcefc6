package dev.hireloop.port.out.notification;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message in the stored e-mail outbox, with what became of it. Every message Hireloop sends is kept here first
 * (in the same transaction as the change that caused it), so nothing is silently dropped when SMTP is not
 * configured or fails; the recruiter lists them through {@code GET /api/outbox/emails}.
 *
 * @param recruiterId whose outbox it is in
 * @param purpose a short code saying why it was sent ({@code booking.confirmed}, {@code booking.reminder})
 * @param status {@code KEPT} when no mail transport is configured (the outbox is the delivery), otherwise
 *     {@code QUEUED} → {@code SENT} or, after the last retry, {@code FAILED}
 * @param lastError a failure code (never message text with personal data)
 * @param nextAttemptAt when a {@code QUEUED} message is due to be sent (again); present exactly for {@code QUEUED}
 *     messages. A sender claims a message by moving it forward by a lease with a versioned save.
 */
public record StoredEmail(EmailMessage message, RecruiterId recruiterId, String purpose, EmailStatus status,
    int attempts, Optional<String> lastError, Instant createdAt, Instant updatedAt, Optional<Instant> sentAt,
    Optional<Instant> nextAttemptAt, Version version) {
  private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9._-]{0,99}$");

  public StoredEmail {
    Check.notNull(message, "message");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(purpose, "purpose");
    if (!CODE.matcher(purpose).matches()) {
      throw new dev.hireloop.domain.shared.InvalidValueException("email.purpose-invalid",
          "purpose must be a short lower-case code");
    }
    Check.notNull(status, "status");
    Check.range(attempts, "attempts", 0, 1_000);
    Check.notNull(lastError, "lastError");
    lastError.ifPresent(code -> {
      if (!CODE.matcher(code).matches()) {
        throw new dev.hireloop.domain.shared.InvalidValueException("email.error-invalid",
            "lastError must be a short lower-case code");
      }
    });
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(sentAt, "sentAt");
    Check.notNull(nextAttemptAt, "nextAttemptAt");
    if (nextAttemptAt.isPresent() != (status == EmailStatus.QUEUED)) {
      throw new dev.hireloop.domain.shared.InvalidValueException("email.next-attempt-invalid",
          "a queued message, and only a queued one, has a next attempt time");
    }
    Check.notNull(version, "version");
  }

  /**
   * Without a next attempt time: a {@code QUEUED} message is due at {@code updatedAt}, any other has none.
   */
  public StoredEmail(EmailMessage message, RecruiterId recruiterId, String purpose, EmailStatus status,
      int attempts, Optional<String> lastError, Instant createdAt, Instant updatedAt, Optional<Instant> sentAt,
      Version version) {
    this(message, recruiterId, purpose, status, attempts, lastError, createdAt, updatedAt, sentAt,
        status == EmailStatus.QUEUED ? Optional.ofNullable(updatedAt) : Optional.empty(), version);
  }

  public StoredEmail withVersion(Version stored) {
    return new StoredEmail(message, recruiterId, purpose, status, attempts, lastError, createdAt, updatedAt, sentAt,
        nextAttemptAt, stored);
  }
}
