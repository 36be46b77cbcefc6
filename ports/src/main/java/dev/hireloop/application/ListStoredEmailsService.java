package dev.hireloop.application;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.port.in.notification.ListStoredEmailsQuery;
import dev.hireloop.port.in.notification.ListStoredEmailsUseCase;
import dev.hireloop.port.in.notification.StoredEmailView;

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
    return context.persistence().emails().list(query.recruiterId(), query.statuses(), query.page())
        .map(StoredEmailView::from);
  }
}
