package dev.hireloop.application;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.in.events.DeliverEventUseCase;
import dev.hireloop.port.in.events.DeliveryOutcome;
import dev.hireloop.port.out.events.EventDeliveries;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.events.EventOutbox;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.persistence.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one handler on one stored event. The processed mark, the handler's own writes and the removal of a stale
 * dead letter share one transaction, so a redelivery after a crash or a retry never repeats a committed effect,
 * and a handler failure rolls the mark back so that the dispatcher can try again. Thread-safe: stateless apart
 * from its collaborators.
 */
final class DeliverEventService implements DeliverEventUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(DeliverEventService.class);

  private final Transactions transactions;
  private final EventOutbox eventOutbox;
  private final EventDeliveries deliveries;
  private final Map<String, EventHandler> handlers;
  private final Clock clock;

  DeliverEventService(Transactions transactions, EventOutbox eventOutbox, EventDeliveries deliveries,
      List<EventHandler> handlers, Clock clock) {
    this.transactions = Check.notNull(transactions, "transactions");
    this.eventOutbox = Check.notNull(eventOutbox, "eventOutbox");
    this.deliveries = Check.notNull(deliveries, "deliveries");
    this.handlers = byName(Check.list(handlers, "handlers", 1_000));
    this.clock = Check.notNull(clock, "clock");
  }

  @Override
  public DeliveryOutcome deliver(DeliverEventCommand command) {
    Check.notNull(command, "command");
    UUID eventId = command.eventId();
    String handlerName = command.handler();
    DeliveryOutcome outcome = transactions.inTransaction(() -> {
      Optional<StoredEvent> stored = eventOutbox.find(eventId);
      if (stored.isEmpty()) {
        return new DeliveryOutcome.Unknown("event " + eventId + " is not in the outbox");
      }
      EventHandler handler = handlers.get(handlerName);
      if (handler == null) {
        return new DeliveryOutcome.Unknown("handler " + handlerName + " is not registered");
      }
      DomainEvent event = stored.get().event();
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      if (!handler.handles(event)) {
        // Marked so that a replay or a redelivery of this pair is answered from the ledger, not re-evaluated.
        deliveries.markProcessed(eventId, handlerName, now);
        return new DeliveryOutcome.NotApplicable();
      }
      if (!deliveries.markProcessed(eventId, handlerName, now)) {
        return new DeliveryOutcome.AlreadyProcessed();
      }
      handler.handle(event);
      // A replay requeues the whole event, so a pair that had given up earlier may succeed now: its dead letter
      // is then obsolete and goes with the same commit.
      deliveries.removeDeadLetter(eventId, handlerName);
      return new DeliveryOutcome.Delivered();
    });
    LOG.debug("Event {} to handler {}: {}", eventId, handlerName, outcome.getClass().getSimpleName());
    return outcome;
  }

  private static Map<String, EventHandler> byName(List<EventHandler> handlers) {
    Map<String, EventHandler> byName = new LinkedHashMap<>();
    for (EventHandler handler : handlers) {
      String name = Check.text(handler.name(), "handler name", 100);
      if (byName.putIfAbsent(name, handler) != null) {
        throw new InvalidValueException("event.handler-duplicate", "two event handlers are named " + name);
      }
    }
    return Map.copyOf(byName);
  }
}
