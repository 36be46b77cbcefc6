package dev.hireloop.application;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.port.in.events.ReplayDeadLetterCommand;
import dev.hireloop.port.in.events.ReplayDeadLetterUseCase;
import dev.hireloop.port.out.events.EventDeliveries;
import dev.hireloop.port.out.events.EventOutbox;
import dev.hireloop.port.out.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes a dead letter and requeues its event in one transaction, so the dispatcher hands the event out again.
 * The requeue is per event: every handler of the event is offered it once more, and those that already
 * processed it skip it by their processed marks. Thread-safe: stateless apart from its collaborators.
 */
final class ReplayDeadLetterService implements ReplayDeadLetterUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(ReplayDeadLetterService.class);

  private final Transactions transactions;
  private final EventOutbox eventOutbox;
  private final EventDeliveries deliveries;

  ReplayDeadLetterService(Transactions transactions, EventOutbox eventOutbox, EventDeliveries deliveries) {
    this.transactions = Check.notNull(transactions, "transactions");
    this.eventOutbox = Check.notNull(eventOutbox, "eventOutbox");
    this.deliveries = Check.notNull(deliveries, "deliveries");
  }

  /** @throws NotFoundException {@code dead-letter.not-found} for an unknown dead letter or another recruiter's */
  @Override
  public void replay(ReplayDeadLetterCommand command) {
    Check.notNull(command, "command");
    transactions.run(() -> {
      deliveries.findDeadLetter(command.eventId(), command.handler())
          .filter(deadLetter -> deadLetter.recruiterId().equals(command.recruiterId()))
          .orElseThrow(() -> notFound(command));
      deliveries.removeDeadLetter(command.eventId(), command.handler());
      if (!eventOutbox.requeue(command.eventId())) {
        // A dead letter whose event is gone cannot be replayed; throwing keeps the dead letter visible.
        throw notFound(command);
      }
    });
    LOG.info("Dead letter of event {} for handler {} replayed", command.eventId(), command.handler());
  }

  private static NotFoundException notFound(ReplayDeadLetterCommand command) {
    return new NotFoundException("dead-letter.not-found",
        "no dead letter for event " + command.eventId() + " and handler " + command.handler());
  }
}
