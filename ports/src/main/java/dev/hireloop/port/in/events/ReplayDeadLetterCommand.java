package dev.hireloop.port.in.events;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.UUID;

public record ReplayDeadLetterCommand(RecruiterId recruiterId, UUID eventId, String handler) {
  public ReplayDeadLetterCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(eventId, "eventId");
    handler = Check.text(handler, "handler", 100);
  }
}
