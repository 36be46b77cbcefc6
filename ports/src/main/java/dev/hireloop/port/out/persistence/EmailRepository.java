package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.StoredEmail;
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
}
