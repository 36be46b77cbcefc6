package dev.hireloop.application;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.port.in.notification.ListStoredEmailsQuery;
import dev.hireloop.port.in.notification.ListStoredEmailsUseCase;
import dev.hireloop.port.in.notification.StoredEmailView;
import dev.hireloop.port.in.notification.StoredEmailStatus;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.StoredEmail;
import java.util.Set;
import java.util.stream.Collectors;

/** The recruiter's stored e-mails, newest first, without attachment bytes. Stateless and thread-safe. */
final class ListStoredEmailsService implements ListStoredEmailsUseCase {
  private final ServiceContext context;

  ListStoredEmailsService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Page<StoredEmailView> list(ListStoredEmailsQuery query) {
    Check.notNull(query, "query");
    context.recruiter(query.recruiterId());
    Set<EmailStatus> statuses = query.statuses().stream().map(status -> EmailStatus.valueOf(status.name()))
        .collect(Collectors.toSet());
    return context.persistence().emails().list(query.recruiterId(), statuses, query.page())
        .map(ListStoredEmailsService::view);
  }

  static StoredEmailView view(StoredEmail stored) {
    EmailMessage message = stored.message();
    return new StoredEmailView(message.id(), stored.purpose(), StoredEmailStatus.valueOf(stored.status().name()),
        message.from(), message.to(), message.replyTo(), message.subject(), message.textBody(), message.htmlBody(),
        message.attachments().stream()
            .map(file -> new StoredEmailView.AttachmentView(file.fileName(), file.contentType(),
                file.content().length))
            .toList(),
        stored.attempts(), stored.lastError(), stored.createdAt(), stored.updatedAt(), stored.sentAt());
  }
}
