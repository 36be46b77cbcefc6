package dev.hireloop.port.in.events;

import dev.hireloop.domain.shared.Check;
import java.util.UUID;

/** A delivery gave up after {@code attempts} tries; {@code error} is an exception class and message, no PII. */
public record RecordDeadLetterCommand(UUID eventId, String handler, int attempts, String error) {
  public RecordDeadLetterCommand {
    Check.notNull(eventId, "eventId");
    handler = Check.text(handler, "handler", 100);
    Check.notNull(error, "error");
    error = error.length() > 2_000 ? error.substring(0, 2_000) : error;
  }
}
