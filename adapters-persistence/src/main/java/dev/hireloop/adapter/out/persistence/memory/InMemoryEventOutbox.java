package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.EventJson;
import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.events.EventOutbox;
import dev.hireloop.port.out.events.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox in memory. Events go through the same JSON form as in the database, so an event that could not be
 * stored there fails here too, and instants come back truncated alike. Sequence numbers come from a counter that
 * a rollback does not rewind (like a database identity). Thread-safe.
 */
final class InMemoryEventOutbox implements EventOutbox {
  private final MemoryStore store;
  private final EventJson json;
  private final AtomicLong sequences = new AtomicLong();
  private final TxMap<Long, StoredEvent> bySequence;
  private final TxMap<UUID, Long> sequenceById;
  /** Undispatched events by sequence, so a dispatcher poll reads its batch, not the whole history. */
  private final TxMap<Long, StoredEvent> pending;

  InMemoryEventOutbox(MemoryStore store, EventJson json) {
    this.store = store;
    this.json = json;
    this.bySequence = new TxMap<>(store, new ConcurrentSkipListMap<>());
    this.sequenceById = new TxMap<>(store, new ConcurrentHashMap<>());
    this.pending = new TxMap<>(store, new ConcurrentSkipListMap<>());
  }

  @Override
  public void append(List<? extends DomainEvent> events) {
    Check.notNull(events, "events");
    List<DomainEvent> stored = new ArrayList<>(events.size());
    for (DomainEvent event : events) {
      stored.add(json.roundTrip(Check.notNull(event, "event")));
    }
    store.inTransaction(() -> {
      for (DomainEvent event : stored) {
        if (sequenceById.containsKey(event.eventId())) {
          throw new ConflictException("event.duplicate", "an event with this id is already stored");
        }
        long sequence = sequences.incrementAndGet();
        StoredEvent undispatched = new StoredEvent(sequence, event, Optional.empty());
        bySequence.put(sequence, undispatched);
        pending.put(sequence, undispatched);
        sequenceById.put(event.eventId(), sequence);
      }
      return null;
    });
  }

  @Override
  public List<StoredEvent> fetchUndispatched(int limit) {
    if (limit < 0) {
      throw new InvalidValueException("value.out-of-range", "limit must not be negative");
    }
    return store.inTransaction(() -> pending.values().stream()
        .limit(limit)
        .toList());
  }

  @Override
  public void markDispatched(Collection<UUID> eventIds, Instant at) {
    Check.notNull(eventIds, "eventIds");
    Instant dispatchedAt = Microseconds.truncate(Check.notNull(at, "at"));
    store.inTransaction(() -> {
      for (UUID eventId : eventIds) {
        stored(eventId).filter(event -> event.dispatchedAt().isEmpty())
            .ifPresent(event -> {
              bySequence.put(event.sequence(),
                  new StoredEvent(event.sequence(), event.event(), Optional.of(dispatchedAt)));
              pending.remove(event.sequence());
            });
      }
      return null;
    });
  }

  @Override
  public boolean requeue(UUID eventId) {
    Check.notNull(eventId, "eventId");
    return store.inTransaction(() -> {
      Optional<StoredEvent> event = stored(eventId);
      event.ifPresent(found -> {
        StoredEvent undispatched = new StoredEvent(found.sequence(), found.event(), Optional.empty());
        bySequence.put(found.sequence(), undispatched);
        pending.put(found.sequence(), undispatched);
      });
      return event.isPresent();
    });
  }

  @Override
  public Optional<StoredEvent> find(UUID eventId) {
    Check.notNull(eventId, "eventId");
    return store.inTransaction(() -> stored(eventId));
  }

  @Override
  public Page<StoredEvent> list(RecruiterId recruiterId, PageRequest page) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(page, "page");
    return store.inTransaction(() -> Queries.page(bySequence.values().stream()
        .filter(event -> event.event().recruiterId().equals(recruiterId))
        .sorted(Comparator.comparingLong(StoredEvent::sequence).reversed())
        .toList(), page));
  }

  private Optional<StoredEvent> stored(UUID eventId) {
    return sequenceById.get(eventId).flatMap(bySequence::get);
  }
}
