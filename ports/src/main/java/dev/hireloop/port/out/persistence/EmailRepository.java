package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.StoredEmail;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The stored e-mail outbox. Same save/versioning contract as {@link RecruiterRepository} ({@code email.stale});
 * the key is the message id. Every field round-trips exactly, attachments byte for byte.
 */
public interface EmailRepository {
  StoredEmail save(StoredEmail email);

  Optional<StoredEmail> findById(UUID messageId);

  /** The recruiter's messages in any of {@code statuses} (all if empty), newest first (createdAt, then id). */
  Page<StoredEmail> list(RecruiterId recruiterId, Set<EmailStatus> statuses, PageRequest page);

  /**
   * Up to {@code limit} {@code QUEUED} messages whose next attempt is due ({@code nextAttemptAt <= now}), of every
   * recruiter, the longest due first (nextAttemptAt, then createdAt, then id).
   */
  List<StoredEmail> findDue(Instant now, int limit);
}
