package dev.hireloop.port.out.events;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox. {@code append} is called inside {@code Transactions.inTransaction} together with the
 * change that caused the events, so an event is stored if and only if its change is. The dispatcher then reads
 * undispatched events in order and hands them to the handlers.
 *
 * <p>Contract: event ids are unique ({@code ConflictException} {@code event.duplicate}); {@code sequence} grows
 * with insertion order; events round-trip exactly (same record, equal by {@code equals}); instants at
 * microsecond precision. Thread-safe.
 */
public interface EventOutbox {
  void append(List<? extends DomainEvent> events);

  /** Undispatched events, oldest first (by sequence), at most {@code limit}. */
  List<StoredEvent> fetchUndispatched(int limit);

  /** Marks events as handed to the dispatcher; unknown ids are ignored, already dispatched ones keep their time. */
  void markDispatched(Collection<UUID> eventIds, Instant at);

  /**
   * Clears an event's dispatched mark so that the dispatcher hands it out again (replay of a dead letter).
   * Handlers that already processed it skip it, thanks to their processed marks. Returns false for an unknown id.
   */
  boolean requeue(UUID eventId);

  Optional<StoredEvent> find(UUID eventId);

  /** A recruiter's events, newest first (by sequence). */
  Page<StoredEvent> list(RecruiterId recruiterId, PageRequest page);
}
