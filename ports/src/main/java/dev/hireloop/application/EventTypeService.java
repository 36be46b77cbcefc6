package dev.hireloop.application;

import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.CreateEventTypeUseCase;
import dev.hireloop.port.in.scheduling.DeleteEventTypeUseCase;
import dev.hireloop.port.in.scheduling.EventTypeView;
import dev.hireloop.port.in.scheduling.GetEventTypeUseCase;
import dev.hireloop.port.in.scheduling.ListEventTypesUseCase;
import dev.hireloop.port.in.scheduling.UpdateEventTypeCommand;
import dev.hireloop.port.in.scheduling.UpdateEventTypeUseCase;
import java.util.List;

/** Interview templates (event types). Stateless and thread-safe. */
final class EventTypeService implements CreateEventTypeUseCase, UpdateEventTypeUseCase, DeleteEventTypeUseCase,
    GetEventTypeUseCase, ListEventTypesUseCase {
  private final ServiceContext context;

  EventTypeService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public EventTypeView create(RecruiterId recruiterId, InterviewTemplate template) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public EventTypeView update(UpdateEventTypeCommand command) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public void delete(RecruiterId recruiterId, EventTypeId eventTypeId) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public EventTypeView get(RecruiterId recruiterId, EventTypeId eventTypeId) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public List<EventTypeView> list(RecruiterId recruiterId) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }
}
