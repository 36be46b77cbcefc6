package dev.hireloop.application;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.port.in.events.RecordDeadLetterCommand;
import dev.hireloop.port.in.events.RecordDeadLetterUseCase;
import dev.hireloop.port.out.events.DeadLetter;
import dev.hireloop.port.out.events.EventDeliveries;
import dev.hireloop.port.out.events.EventOutbox;
import dev.hireloop.port.out.persistence.Transactions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks a delivery that used up its attempts. The event type and the owning recruiter are copied from the stored
 * event, so dead letters can be listed per recruiter without joining the outbox. Thread-safe: stateless apart
 * from its collaborators.
 */
final class RecordDeadLetterService implements RecordDeadLetterUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(RecordDeadLetterService.class);

  private final Transactions transactions;
  private final EventOutbox eventOutbox;
  private final EventDeliveries deliveries;
  private final Clock clock;

  RecordDeadLetterService(Transactions transactions, EventOutbox eventOutbox, EventDeliveries deliveries,
      Clock clock) {
    this.transactions = Check.notNull(transactions, "transactions");
    this.eventOutbox = Check.notNull(eventOutbox, "eventOutbox");
    this.deliveries = Check.notNull(deliveries, "deliveries");
    this.clock = Check.notNull(clock, "clock");
  }

  /** @throws NotFoundException {@code event.not-found} when the event is not in the outbox */
  @Override
  public void record(RecordDeadLetterCommand command) {
    Check.notNull(command, "command");
    transactions.run(() -> {
      DomainEvent event = eventOutbox.find(command.eventId())
          .orElseThrow(() -> new NotFoundException("event.not-found", "event " + command.eventId() + " not found"))
          .event();
      deliveries.recordDeadLetter(new DeadLetter(command.eventId(), event.eventType(), event.recruiterId(),
          command.handler(), command.attempts(), printable(command.error()),
          clock.instant().truncatedTo(ChronoUnit.MICROS)));
    });
    LOG.debug("Event {} parked as a dead letter for handler {} after {} attempts", command.eventId(),
        command.handler(), command.attempts());
  }

  /** Exception messages may carry control characters that a dead letter refuses; they are replaced, not lost. */
  private static String printable(String error) {
    StringBuilder printable = new StringBuilder(error.length());
    for (int i = 0; i < error.length(); i++) {
      char c = error.charAt(i);
      boolean allowed = !Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t';
      printable.append(allowed ? c : ' ');
    }
    return printable.toString();
  }
}
