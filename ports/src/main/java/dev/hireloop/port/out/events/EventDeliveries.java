package dev.hireloop.port.out.events;

import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery ledger: which handler has processed which event (per-handler idempotency), and the dead letters.
 * Contract: {@code markProcessed} is atomic per {@code (eventId, handler)} — of two concurrent calls exactly one
 * returns {@code true}, also across nodes sharing one database. Thread-safe.
 */
public interface EventDeliveries {
  /**
   * Marks the pair processed. Returns {@code false} if it already was. Called inside the transaction that
   * applies the handler's effect, so the mark and the effect commit together.
   */
  boolean markProcessed(UUID eventId, String handler, Instant at);

  boolean isProcessed(UUID eventId, String handler);

  /** Records (or replaces) the dead letter for the pair. */
  void recordDeadLetter(DeadLetter deadLetter);

  Optional<DeadLetter> findDeadLetter(UUID eventId, String handler);

  /** A recruiter's dead letters, newest first (by failedAt, ties by event id and handler, both descending). */
  Page<DeadLetter> listDeadLetters(RecruiterId recruiterId, PageRequest page);

  /** Removes the dead letter (before a replay); unknown pairs are ignored. */
  void removeDeadLetter(UUID eventId, String handler);
}
