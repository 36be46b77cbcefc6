package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.notification.ListStoredEmailsQuery;
import dev.hireloop.port.in.notification.ListStoredEmailsUseCase;
import dev.hireloop.port.in.notification.StoredEmailStatus;
import io.javalin.http.Context;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/outbox/emails}: the recruiter's stored e-mails, sent or kept, newest first. */
final class OutboxHandlers {
  private final ListStoredEmailsUseCase listStoredEmails;

  OutboxHandlers(ListStoredEmailsUseCase listStoredEmails) {
    this.listStoredEmails = listStoredEmails;
  }

  /** {@code status} takes several values (comma-separated or repeated); none means every status. */
  void listEmails(Context ctx) {
    Set<StoredEmailStatus> statuses = Requests.queryList(ctx, "status").stream()
        .map(status -> WireEnums.fromWire(StoredEmailStatus.class, status, "status"))
        .collect(Collectors.toSet());
    ListStoredEmailsQuery query = new ListStoredEmailsQuery(Authentication.principal(ctx).recruiterId(), statuses,
        Requests.page(ctx));
    ctx.json(PageResponse.from(listStoredEmails.list(query), StoredEmailResponse::from));
  }
}
