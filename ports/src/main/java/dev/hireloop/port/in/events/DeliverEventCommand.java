package dev.hireloop.port.in.events;

import dev.hireloop.domain.shared.Check;
import java.util.UUID;

/** Deliver one stored event to one named handler. */
public record DeliverEventCommand(UUID eventId, String handler) {
  public DeliverEventCommand {
    Check.notNull(eventId, "eventId");
    handler = Check.text(handler, "handler", 100);
  }
}
