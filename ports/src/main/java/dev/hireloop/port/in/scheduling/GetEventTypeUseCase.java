package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.RecruiterId;

public interface GetEventTypeUseCase {
  EventTypeView get(RecruiterId recruiterId, EventTypeId eventTypeId);
}
