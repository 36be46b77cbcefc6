package dev.hireloop.port.in.scheduling;

public interface UpdateEventTypeUseCase {
  EventTypeView update(UpdateEventTypeCommand command);
}
