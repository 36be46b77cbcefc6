package dev.hireloop.port.out.notification;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One e-mail: plain text always, HTML optionally (sent as multipart/alternative), attachments optionally.
 * {@code id} identifies it across retries. {@code toString} leaves out addresses and bodies (personal data).
 */
public record EmailMessage(UUID id, EmailAddress from, List<EmailAddress> to, Optional<EmailAddress> replyTo,
    String subject, String textBody, Optional<String> htmlBody, List<EmailAttachment> attachments) {
  public static final int MAX_BODY = 200_000;

  public EmailMessage {
    Check.notNull(id, "id");
    Check.notNull(from, "from");
    to = Check.list(to, "to", 50);
    if (to.isEmpty()) {
      throw new InvalidValueException("email.no-recipient", "a message needs at least one recipient");
    }
    Check.notNull(replyTo, "replyTo");
    subject = Check.text(subject, "subject", 300);
    if (subject.contains("\r") || subject.contains("\n")) {
      throw new InvalidValueException("email.subject-invalid", "a subject is one line");
    }
    textBody = Check.bounded(Check.notNull(textBody, "textBody"), "textBody", MAX_BODY);
    Check.notNull(htmlBody, "htmlBody");
    htmlBody.ifPresent(html -> Check.bounded(html, "htmlBody", MAX_BODY));
    attachments = Check.list(attachments, "attachments", 10);
  }

  @Override
  public String toString() {
    return "EmailMessage[id=" + id + ", recipients=" + to.size() + ", attachments=" + attachments.size() + "]";
  }
}
