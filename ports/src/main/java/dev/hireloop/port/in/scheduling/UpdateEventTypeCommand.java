package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/** Replaces a template; bookings already made keep their slot and length. */
public record UpdateEventTypeCommand(RecruiterId recruiterId, EventTypeId eventTypeId, InterviewTemplate template,
    Optional<Long> expectedVersion) {
  public UpdateEventTypeCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(eventTypeId, "eventTypeId");
    Check.notNull(template, "template");
    Check.notNull(expectedVersion, "expectedVersion");
  }
}
