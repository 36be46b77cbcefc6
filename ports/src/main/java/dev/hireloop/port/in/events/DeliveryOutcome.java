package dev.hireloop.port.in.events;

/** What happened to one delivery. A handler failure is not an outcome: it is thrown, so the caller retries. */
public sealed interface DeliveryOutcome {
  /** The handler ran and its processed mark committed with its effect. */
  record Delivered() implements DeliveryOutcome {}

  /** The pair was already processed (a redelivery); the handler did not run again. */
  record AlreadyProcessed() implements DeliveryOutcome {}

  /** The handler does not take this event type; nothing ran. */
  record NotApplicable() implements DeliveryOutcome {}

  /** The event or the handler is unknown (e.g. a handler removed since); nothing ran. */
  record Unknown(String reason) implements DeliveryOutcome {}
}
