package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.EventTypeRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Interview templates in memory. Thread-safe. */
final class InMemoryEventTypeRepository implements EventTypeRepository {
  private static final Comparator<EventType> OLDEST_FIRST = Comparator.comparing(EventType::createdAt)
      .thenComparing(eventType -> eventType.id().value(), MemoryStore.UUID_ORDER);

  private final MemoryStore store;
  private final TxMap<EventTypeId, EventType> byId;

  InMemoryEventTypeRepository(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public EventType save(EventType eventType) {
    Check.notNull(eventType, "eventType");
    EventType stored = Microseconds.truncate(eventType).withVersion(eventType.version().next());
    return store.inTransaction(() -> {
      Optional<EventType> current = byId.get(eventType.id());
      boolean expected = eventType.version().isInitial() ? current.isEmpty()
          : current.filter(found -> found.version().equals(eventType.version())).isPresent();
      if (!expected) {
        throw new ConflictException("event-type.stale", "event type " + eventType.id()
            + " was changed by someone else (version " + eventType.version().value() + " is not the stored one)");
      }
      byId.put(eventType.id(), stored);
      return stored;
    });
  }

  @Override
  public Optional<EventType> findById(EventTypeId id) {
    Check.notNull(id, "eventTypeId");
    return store.inTransaction(() -> byId.get(id));
  }

  @Override
  public List<EventType> listByRecruiter(RecruiterId recruiterId) {
    Check.notNull(recruiterId, "recruiterId");
    return store.inTransaction(() -> byId.values().stream()
        .filter(eventType -> eventType.recruiterId().equals(recruiterId))
        .sorted(OLDEST_FIRST)
        .toList());
  }

  @Override
  public boolean delete(EventTypeId id) {
    Check.notNull(id, "eventTypeId");
    return store.inTransaction(() -> {
      boolean present = byId.containsKey(id);
      byId.remove(id);
      return present;
    });
  }
}
