package dev.hireloop.port.out.events;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** A delivery that failed every attempt: which event, which handler, how often, and the last error (no PII). */
public record DeadLetter(UUID eventId, String eventType, RecruiterId recruiterId, String handler, int attempts,
    String lastError, Instant failedAt) {
  public DeadLetter {
    Check.notNull(eventId, "eventId");
    eventType = Check.text(eventType, "eventType", 100);
    Check.notNull(recruiterId, "recruiterId");
    handler = Check.text(handler, "handler", 100);
    lastError = Check.bounded(Check.notNull(lastError, "lastError"), "lastError", 2_000);
    Check.notNull(failedAt, "failedAt");
  }
}
