package dev.hireloop.application;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.port.in.notification.SendQueuedEmailsUseCase;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.Notifier;
import dev.hireloop.port.out.notification.StoredEmail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued e-mails that are due. Per message: a short transaction claims it (its next attempt moves
 * {@link #CLAIM_LEASE} ahead, saved against the version that was read, so a sender on another node that read the
 * same version gets {@code email.stale} and skips it); the notifier is called outside any transaction; a second
 * short transaction records the outcome. A node that dies between the two leaves the message due again once the
 * lease ends, so a message is sent at least once (the SMTP adapter's Message-ID lets mail systems drop a
 * duplicate). Thread-safe: stateless apart from its collaborators.
 */
final class SendQueuedEmailsService implements SendQueuedEmailsUseCase {
  /** Longer than any SMTP exchange can take (the SMTP adapter's timeouts are at most 5 minutes each). */
  static final Duration CLAIM_LEASE = Duration.ofMinutes(15);
  private static final Logger LOG = LoggerFactory.getLogger(SendQueuedEmailsService.class);
  private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9._-]{0,99}$");
  private static final String UNKNOWN_FAILURE = "email.send-failed";

  private final ServiceContext context;
  private final Optional<Notifier> notifier;
  private final EmailRetries retries;

  SendQueuedEmailsService(ServiceContext context, Optional<Notifier> notifier, EmailRetries retries) {
    this.context = context;
    this.notifier = notifier;
    this.retries = retries;
  }

  @Override
  public int sendDue(int limit) {
    Check.range(limit, "limit", 1, 1_000);
    if (notifier.isEmpty()) {
      return 0;
    }
    List<StoredEmail> due = context.persistence().emails().findDue(context.now(), limit);
    int tried = 0;
    for (StoredEmail email : due) {
      Optional<StoredEmail> claimed = claim(email);
      if (claimed.isPresent()) {
        send(claimed.get());
        tried++;
      }
    }
    return tried;
  }

  private Optional<StoredEmail> claim(StoredEmail email) {
    Instant now = context.now();
    StoredEmail claim = new StoredEmail(email.message(), email.recruiterId(), email.purpose(), EmailStatus.QUEUED,
        email.attempts(), email.lastError(), email.createdAt(), now, email.sentAt(),
        Optional.of(now.plus(CLAIM_LEASE)), email.version());
    try {
      return Optional.of(context.inTransaction(() -> context.persistence().emails().save(claim)));
    } catch (ConflictException takenOrChanged) {
      LOG.debug("E-mail {} was claimed by another sender", email.message().id());
      return Optional.empty();
    }
  }

  private void send(StoredEmail claimed) {
    Optional<String> failure;
    try {
      notifier.orElseThrow().send(claimed.message());
      failure = Optional.empty();
    } catch (HireloopException e) {
      failure = Optional.of(CODE.matcher(e.code()).matches() ? e.code() : UNKNOWN_FAILURE);
    } catch (RuntimeException e) {
      // a notifier bug must not stop the other messages; the class name is safe to log, the message may not be
      LOG.warn("Notifier failed unexpectedly on e-mail {} ({})", claimed.message().id(), e.getClass().getName());
      failure = Optional.of(UNKNOWN_FAILURE);
    }
    Instant now = context.now();
    int attempts = claimed.attempts() + 1;
    StoredEmail outcome;
    if (failure.isEmpty()) {
      outcome = new StoredEmail(claimed.message(), claimed.recruiterId(), claimed.purpose(), EmailStatus.SENT,
          attempts, claimed.lastError(), claimed.createdAt(), now, Optional.of(now), Optional.empty(),
          claimed.version());
    } else if (attempts >= retries.maxAttempts()) {
      outcome = new StoredEmail(claimed.message(), claimed.recruiterId(), claimed.purpose(), EmailStatus.FAILED,
          attempts, failure, claimed.createdAt(), now, Optional.empty(), Optional.empty(), claimed.version());
    } else {
      outcome = new StoredEmail(claimed.message(), claimed.recruiterId(), claimed.purpose(), EmailStatus.QUEUED,
          attempts, failure, claimed.createdAt(), now, Optional.empty(),
          Optional.of(now.plus(retries.delayAfter(attempts))), claimed.version());
    }
    try {
      context.inTransaction(() -> context.persistence().emails().save(outcome));
    } catch (ConflictException leaseLost) {
      // Our lease ran out and another sender has the message now; its outcome is the one that counts.
      LOG.warn("E-mail {}: outcome not recorded, another sender took it over", claimed.message().id());
      return;
    }
    if (outcome.status() == EmailStatus.SENT) {
      LOG.info("E-mail {} ({}) sent on attempt {}", claimed.message().id(), claimed.purpose(), attempts);
    } else {
      LOG.warn("E-mail {} ({}) failed on attempt {} of {} ({}): {}", claimed.message().id(), claimed.purpose(),
          attempts, retries.maxAttempts(), failure.orElseThrow(), outcome.status());
    }
  }

  /**
   * How often a message is tried, the first attempt included, and how long the sender waits between attempts:
   * {@code firstDelay}, then twice as long each time, at most {@code maxDelay}.
   */
  record EmailRetries(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    static final EmailRetries DEFAULT = new EmailRetries(8, Duration.ofMinutes(1), Duration.ofHours(1));

    EmailRetries {
      Check.range(maxAttempts, "maxAttempts", 1, 100);
      Check.notNull(firstDelay, "firstDelay");
      Check.notNull(maxDelay, "maxDelay");
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    Duration delayAfter(int attempts) {
      int doublings = Math.min(Math.max(attempts - 1, 0), 30);
      Duration delay = firstDelay.multipliedBy(1L << doublings);
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }
}
