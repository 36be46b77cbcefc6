package dev.hireloop.port.in.notification;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.EnumSet;
import java.util.Set;

/** A recruiter's stored e-mails in any of {@code statuses} (all when empty), newest first. */
public record ListStoredEmailsQuery(RecruiterId recruiterId, Set<StoredEmailStatus> statuses, PageRequest page) {
  public ListStoredEmailsQuery {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(statuses, "statuses");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    Check.notNull(page, "page");
  }
}
