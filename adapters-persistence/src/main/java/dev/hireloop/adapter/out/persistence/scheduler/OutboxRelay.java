package dev.hireloop.adapter.out.persistence.scheduler;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.events.EventOutbox;
import dev.hireloop.port.out.events.StoredEvent;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands undispatched events out: every event to every handler that takes it, THEN marks the events dispatched.
 * A crash between the two only schedules a pair again, which its processed mark makes harmless; the reverse
 * order could lose events. Thread-safe if its collaborators are; the dispatchers run one relay at a time.
 */
final class OutboxRelay {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  /** Bounds one run, so that a large backlog does not hold the relay (and a shutdown) for long. */
  private static final int MAX_BATCHES_PER_RUN = 10;

  private final List<EventHandler> handlers;
  private final EventOutbox eventOutbox;
  private final Clock clock;
  private final int batchSize;

  OutboxRelay(List<EventHandler> handlers, EventOutbox eventOutbox, Clock clock, int batchSize) {
    this.handlers = withUniqueNames(handlers);
    this.eventOutbox = Check.notNull(eventOutbox, "eventOutbox");
    this.clock = Check.notNull(clock, "clock");
    this.batchSize = batchSize;
  }

  /** Schedules the deliveries of up to a few batches of events; returns how many events it handed out. */
  int relay(Consumer<DeliveryKey> schedule) {
    int relayed = 0;
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      List<StoredEvent> events = eventOutbox.fetchUndispatched(batchSize);
      if (events.isEmpty()) {
        break;
      }
      for (StoredEvent stored : events) {
        for (EventHandler handler : handlers) {
          if (takes(handler, stored.event())) {
            schedule.accept(new DeliveryKey(stored.event().eventId(), handler.name()));
          }
        }
      }
      List<UUID> ids = events.stream().map(stored -> stored.event().eventId()).toList();
      eventOutbox.markDispatched(ids, clock.instant().truncatedTo(ChronoUnit.MICROS));
      relayed += events.size();
      if (events.size() < batchSize) {
        break;
      }
    }
    if (relayed > 0) {
      LOG.debug("Relayed {} events from the outbox", relayed);
    }
    return relayed;
  }

  /** Names are part of the delivery key and the idempotency key, so they must be valid and unique. */
  private static List<EventHandler> withUniqueNames(List<EventHandler> handlers) {
    List<EventHandler> checked = Check.list(handlers, "handlers", 1_000);
    Set<String> names = new HashSet<>();
    for (EventHandler handler : checked) {
      if (!names.add(Check.text(handler.name(), "handler name", 100))) {
        throw new InvalidValueException("event.handler-duplicate", "two event handlers are named " + handler.name());
      }
    }
    return checked;
  }

  /**
   * A handler whose {@code handles} throws must not block the outbox for every other event: the pair is
   * scheduled, the delivery asks again, fails, retries, and ends as a dead letter an operator can see.
   */
  private static boolean takes(EventHandler handler, DomainEvent event) {
    try {
      return handler.handles(event);
    } catch (RuntimeException e) {
      LOG.warn("Handler {} failed to tell whether it takes event {} ({}); scheduling it anyway", handler.name(),
          event.eventId(), Failures.kind(e));
      return true;
    }
  }
}
