package dev.hireloop.port.out.events;

import dev.hireloop.domain.shared.DomainEvent;

/**
 * Reacts to domain events: a workflow rule, a notification, an embedder's hook. Delivery is at-least-once; the
 * application runs {@code handle} inside a transaction together with a "processed" mark for
 * {@code (eventId, name())}, so an effect stored through Hireloop's repositories happens exactly once. An effect
 * outside the database (an e-mail, an HTTP call) must be idempotent itself, keyed by the event id.
 *
 * <p>A handler that throws is retried with exponential back-off and, after the configured number of attempts,
 * parked as a dead letter that an operator can list and replay.
 */
public interface EventHandler {
  /** Stable, unique name, e.g. {@code workflow.auto-shortlist}; part of the idempotency key. */
  String name();

  boolean handles(DomainEvent event);

  void handle(DomainEvent event);
}
