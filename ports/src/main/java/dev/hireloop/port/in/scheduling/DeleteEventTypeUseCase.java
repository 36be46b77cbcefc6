package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.RecruiterId;

/**
 * Deletes a template; bookings made with it keep their details. A recruiter keeps at least one template:
 * deleting the last is {@code RuleViolationException("event-type.last")}.
 */
public interface DeleteEventTypeUseCase {
  void delete(RecruiterId recruiterId, EventTypeId eventTypeId);
}
