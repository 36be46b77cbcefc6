package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.shared.RecruiterId;

/** Adds an interview template. @throws dev.hireloop.domain.shared.RuleViolationException {@code event-type.limit} */
public interface CreateEventTypeUseCase {
  EventTypeView create(RecruiterId recruiterId, InterviewTemplate template);
}
