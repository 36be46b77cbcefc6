package dev.hireloop.port.in.events;

/** Runs one handler on one event inside a transaction with its processed mark (at-least-once in, exactly-once effect). A handler failure propagates so that the dispatcher retries. */
public interface DeliverEventUseCase {
  DeliveryOutcome deliver(DeliverEventCommand command);
}
