package dev.hireloop.application;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.events.DeadLetter;
import dev.hireloop.port.out.events.EventDeliveries;
import dev.hireloop.port.out.events.EventOutbox;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.persistence.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A small single-threaded outbox, delivery ledger and transaction manager for the event services' tests. A
 * transaction takes a snapshot and restores it when the work throws, and every write of the ledger must happen
 * inside one, so a test fails when a service writes outside its transaction or relies on a write that a
 * rollback would undo.
 */
final class FakeEventStore implements EventOutbox, EventDeliveries, Transactions {
  private record Pair(UUID eventId, String handler) {}

  private record State(Map<UUID, StoredEvent> events, Map<Pair, Instant> processed,
      Map<Pair, DeadLetter> deadLetters) {
    State copy() {
      return new State(new LinkedHashMap<>(events), new HashMap<>(processed), new HashMap<>(deadLetters));
    }
  }

  private State state = new State(new LinkedHashMap<>(), new HashMap<>(), new HashMap<>());
  private long sequence;
  private int depth;
  private int commits;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (depth > 0) {
      return work.get();
    }
    State before = state.copy();
    depth++;
    try {
      T result = work.get();
      commits++;
      return result;
    } catch (RuntimeException | Error e) {
      state = before;
      throw e;
    } finally {
      depth--;
    }
  }

  int commits() {
    return commits;
  }

  @Override
  public void append(List<? extends DomainEvent> events) {
    for (DomainEvent event : events) {
      state.events.put(event.eventId(), new StoredEvent(++sequence, event, Optional.empty()));
    }
  }

  @Override
  public List<StoredEvent> fetchUndispatched(int limit) {
    return state.events.values().stream().filter(e -> e.dispatchedAt().isEmpty()).limit(limit).toList();
  }

  @Override
  public void markDispatched(Collection<UUID> eventIds, Instant at) {
    for (UUID id : eventIds) {
      state.events.computeIfPresent(id,
          (key, e) -> e.dispatchedAt().isPresent() ? e : new StoredEvent(e.sequence(), e.event(), Optional.of(at)));
    }
  }

  @Override
  public boolean requeue(UUID eventId) {
    requireTransaction("requeue");
    StoredEvent stored = state.events.get(eventId);
    if (stored == null) {
      return false;
    }
    state.events.put(eventId, new StoredEvent(stored.sequence(), stored.event(), Optional.empty()));
    return true;
  }

  @Override
  public Optional<StoredEvent> find(UUID eventId) {
    return Optional.ofNullable(state.events.get(eventId));
  }

  @Override
  public Page<StoredEvent> list(RecruiterId recruiterId, PageRequest page) {
    List<StoredEvent> mine = state.events.values().stream()
        .filter(e -> e.event().recruiterId().equals(recruiterId))
        .sorted(Comparator.comparingLong(StoredEvent::sequence).reversed())
        .toList();
    return slice(mine, page);
  }

  @Override
  public boolean markProcessed(UUID eventId, String handler, Instant at) {
    requireTransaction("markProcessed");
    return state.processed.putIfAbsent(new Pair(eventId, handler), at) == null;
  }

  @Override
  public boolean isProcessed(UUID eventId, String handler) {
    return state.processed.containsKey(new Pair(eventId, handler));
  }

  Optional<Instant> processedAt(UUID eventId, String handler) {
    return Optional.ofNullable(state.processed.get(new Pair(eventId, handler)));
  }

  @Override
  public void recordDeadLetter(DeadLetter deadLetter) {
    requireTransaction("recordDeadLetter");
    state.deadLetters.put(new Pair(deadLetter.eventId(), deadLetter.handler()), deadLetter);
  }

  @Override
  public Optional<DeadLetter> findDeadLetter(UUID eventId, String handler) {
    return Optional.ofNullable(state.deadLetters.get(new Pair(eventId, handler)));
  }

  @Override
  public Page<DeadLetter> listDeadLetters(RecruiterId recruiterId, PageRequest page) {
    List<DeadLetter> mine = state.deadLetters.values().stream()
        .filter(d -> d.recruiterId().equals(recruiterId))
        .sorted(Comparator.comparing(DeadLetter::failedAt).thenComparing(DeadLetter::eventId)
            .thenComparing(DeadLetter::handler).reversed())
        .toList();
    return slice(mine, page);
  }

  @Override
  public void removeDeadLetter(UUID eventId, String handler) {
    requireTransaction("removeDeadLetter");
    state.deadLetters.remove(new Pair(eventId, handler));
  }

  private void requireTransaction(String operation) {
    if (depth == 0) {
      throw new AssertionError(operation + " was called outside a transaction");
    }
  }

  private static <T> Page<T> slice(List<T> all, PageRequest page) {
    List<T> items = new ArrayList<>(all.subList(Math.min(page.offset(), all.size()),
        Math.min(page.offset() + page.limit(), all.size())));
    return new Page<>(items, page.offset(), page.limit(), all.size());
  }
}
