package dev.hireloop.port.in.notification;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.port.out.notification.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One message of the stored outbox as the recruiter sees it: addresses, subject and bodies, and the attachments'
 * names, types and sizes (not their bytes).
 */
public record StoredEmailView(UUID id, String purpose, StoredEmailStatus status, EmailAddress from,
    List<EmailAddress> to, Optional<EmailAddress> replyTo, String subject, String textBody, Optional<String> htmlBody,
    List<AttachmentView> attachments, int attempts, Optional<String> lastError, Instant createdAt,
    Instant updatedAt, Optional<Instant> sentAt) {
  public StoredEmailView {
    Check.notNull(id, "id");
    to = List.copyOf(to);
    attachments = List.copyOf(attachments);
  }

  /** An attachment's description: file name, content type, size in bytes. */
  public record AttachmentView(String fileName, String contentType, int size) {}
}
