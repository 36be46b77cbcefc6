package dev.hireloop.port.out.events;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Optional;

/** An event as the outbox holds it: its position, the event itself, and when it was handed to the dispatcher. */
public record StoredEvent(long sequence, DomainEvent event, Optional<Instant> dispatchedAt) {
  public StoredEvent {
    Check.notNull(event, "event");
    Check.notNull(dispatchedAt, "dispatchedAt");
  }
}
