package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;

/** One interview template (event type) of a recruiter. */
public record EventTypeView(EventTypeId id, RecruiterId recruiterId, InterviewTemplate template, Instant createdAt,
    Instant updatedAt, long version) {
  public static EventTypeView from(EventType eventType) {
    return new EventTypeView(eventType.id(), eventType.recruiterId(), eventType.template(), eventType.createdAt(),
        eventType.updatedAt(), eventType.version().value());
  }
}
