package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.events.DeadLetter;
import dev.hireloop.port.out.events.EventDeliveries;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The delivery ledger in memory; the store's lock makes {@link #markProcessed} atomic. Thread-safe. */
final class InMemoryEventDeliveries implements EventDeliveries {
  private static final Comparator<DeadLetter> NEWEST_FIRST = Comparator.comparing(DeadLetter::failedAt)
      .thenComparing(DeadLetter::eventId, MemoryStore.UUID_ORDER)
      .thenComparing(DeadLetter::handler)
      .reversed();

  private final MemoryStore store;
  private final TxMap<Delivery, Instant> processed;
  private final TxMap<Delivery, DeadLetter> deadLetters;

  /** One handler's delivery of one event. */
  private record Delivery(UUID eventId, String handler) {}

  InMemoryEventDeliveries(MemoryStore store) {
    this.store = store;
    this.processed = new TxMap<>(store, new ConcurrentHashMap<>());
    this.deadLetters = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public boolean markProcessed(UUID eventId, String handler, Instant at) {
    Delivery delivery = new Delivery(Check.notNull(eventId, "eventId"), Check.text(handler, "handler", 100));
    Instant processedAt = Microseconds.truncate(Check.notNull(at, "at"));
    return store.inTransaction(() -> {
      if (processed.containsKey(delivery)) {
        return false;
      }
      processed.put(delivery, processedAt);
      return true;
    });
  }

  @Override
  public boolean isProcessed(UUID eventId, String handler) {
    Delivery delivery = delivery(eventId, handler);
    return store.inTransaction(() -> processed.containsKey(delivery));
  }

  @Override
  public void recordDeadLetter(DeadLetter deadLetter) {
    Check.notNull(deadLetter, "deadLetter");
    DeadLetter stored = Microseconds.truncate(deadLetter);
    store.inTransaction(() -> {
      deadLetters.put(new Delivery(stored.eventId(), stored.handler()), stored);
      return null;
    });
  }

  @Override
  public Optional<DeadLetter> findDeadLetter(UUID eventId, String handler) {
    Delivery delivery = delivery(eventId, handler);
    return store.inTransaction(() -> deadLetters.get(delivery));
  }

  @Override
  public Page<DeadLetter> listDeadLetters(RecruiterId recruiterId, PageRequest page) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(page, "page");
    return store.inTransaction(() -> Queries.page(deadLetters.values().stream()
        .filter(deadLetter -> deadLetter.recruiterId().equals(recruiterId))
        .sorted(NEWEST_FIRST)
        .toList(), page));
  }

  @Override
  public void removeDeadLetter(UUID eventId, String handler) {
    Delivery delivery = delivery(eventId, handler);
    store.inTransaction(() -> {
      deadLetters.remove(delivery);
      return null;
    });
  }

  private static Delivery delivery(UUID eventId, String handler) {
    return new Delivery(Check.notNull(eventId, "eventId"), Check.notNull(handler, "handler").strip());
  }
}
