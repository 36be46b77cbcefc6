package dev.hireloop.port.in.events;

import dev.hireloop.port.out.events.DeadLetter;
import java.time.Instant;
import java.util.UUID;

public record DeadLetterView(UUID eventId, String eventType, String handler, int attempts, String lastError,
    Instant failedAt) {
  public static DeadLetterView from(DeadLetter deadLetter) {
    return new DeadLetterView(deadLetter.eventId(), deadLetter.eventType(), deadLetter.handler(),
        deadLetter.attempts(), deadLetter.lastError(), deadLetter.failedAt());
  }
}
