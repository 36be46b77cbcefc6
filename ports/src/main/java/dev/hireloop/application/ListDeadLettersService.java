package dev.hireloop.application;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.events.DeadLetterView;
import dev.hireloop.port.in.events.ListDeadLettersUseCase;
import dev.hireloop.port.out.events.EventDeliveries;

/** A recruiter's dead letters, newest first. Thread-safe: stateless apart from its collaborator. */
final class ListDeadLettersService implements ListDeadLettersUseCase {
  private final EventDeliveries deliveries;

  ListDeadLettersService(EventDeliveries deliveries) {
    this.deliveries = Check.notNull(deliveries, "deliveries");
  }

  @Override
  public Page<DeadLetterView> list(RecruiterId recruiterId, PageRequest page) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(page, "page");
    return deliveries.listDeadLetters(recruiterId, page).map(DeadLetterView::from);
  }
}
