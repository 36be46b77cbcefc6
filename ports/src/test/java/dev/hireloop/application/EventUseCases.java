package dev.hireloop.application;

import dev.hireloop.port.in.events.DeliverEventUseCase;
import dev.hireloop.port.in.events.ListDeadLettersUseCase;
import dev.hireloop.port.in.events.RecordDeadLetterUseCase;
import dev.hireloop.port.in.events.ReplayDeadLetterUseCase;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.persistence.Persistence;
import java.time.Clock;
import java.util.List;

/**
 * The event use cases over one {@link Persistence}, for adapter tests (the dispatchers') that need the real
 * services without the whole {@code Hireloop} facade. Part of the ports test-jar.
 */
public record EventUseCases(DeliverEventUseCase deliverEvent, RecordDeadLetterUseCase recordDeadLetter,
    ListDeadLettersUseCase listDeadLetters, ReplayDeadLetterUseCase replayDeadLetter) {

  public static EventUseCases over(Persistence persistence, List<EventHandler> handlers, Clock clock) {
    return new EventUseCases(
        new DeliverEventService(persistence.transactions(), persistence.eventOutbox(),
            persistence.eventDeliveries(), handlers, clock),
        new RecordDeadLetterService(persistence.transactions(), persistence.eventOutbox(),
            persistence.eventDeliveries(), clock),
        new ListDeadLettersService(persistence.eventDeliveries()),
        new ReplayDeadLetterService(persistence.transactions(), persistence.eventOutbox(),
            persistence.eventDeliveries()));
  }
}
