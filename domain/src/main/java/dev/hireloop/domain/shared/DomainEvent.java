package dev.hireloop.domain.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened, named in the past tense. Events carry ids, never personal data, so that they can be
 * stored in the outbox, logged and replayed safely. {@code eventId} and {@code occurredAt} are passed in by the
 * caller (from the injected {@code IdGenerator} and {@code Clock}).
 */
public interface DomainEvent {
  UUID eventId();

  Instant occurredAt();

  /** The owner of the data the event is about; workflow rules are configured per recruiter. */
  RecruiterId recruiterId();

  /** The id of the aggregate the event is about. */
  EntityId subjectId();

  /** Stable wire name of the event, the simple class name by default (e.g. {@code JobOpened}). */
  default String eventType() {
    return getClass().getSimpleName();
  }
}
