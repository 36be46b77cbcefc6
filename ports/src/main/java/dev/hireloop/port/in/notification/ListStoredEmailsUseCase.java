package dev.hireloop.port.in.notification;

import dev.hireloop.domain.shared.Page;

/** The recruiter's stored e-mail outbox: what Hireloop sent, or kept when no mail transport is configured. */
public interface ListStoredEmailsUseCase {
  Page<StoredEmailView> list(ListStoredEmailsQuery query);
}
