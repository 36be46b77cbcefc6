package dev.hireloop.port.out.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.JobCreated;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.testing.Fixtures;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventOutbox} promises. Subclasses return an isolated, empty store. */
public abstract class EventOutboxContract {
  protected final Fixtures fixtures = new Fixtures();
  private EventOutbox outbox;
  private RecruiterId recruiterId;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    outbox = newPersistence().eventOutbox();
    recruiterId = fixtures.recruiterId();
  }

  @Test
  void finds_nothing_in_an_empty_outbox() {
    assertThat(outbox.find(fixtures.uuid())).isEmpty();
    assertThat(outbox.fetchUndispatched(10)).isEmpty();
    assertThat(outbox.list(recruiterId, PageRequest.first(10)).total()).isZero();
  }

  @Test
  void stored_events_are_equal_to_the_appended_ones() {
    List<DomainEvent> events = fixtures.someEvents(recruiterId);

    outbox.append(events);

    for (DomainEvent event : events) {
      StoredEvent stored = outbox.find(event.eventId()).orElseThrow();
      assertThat(stored.event()).isEqualTo(event);
      assertThat(stored.dispatchedAt()).isEmpty();
    }
  }

  @Test
  void every_registered_event_type_round_trips() {
    List<DomainEvent> events = new ArrayList<>();
    for (Class<? extends DomainEvent> type : DomainEventTypes.all()) {
      events.add(sample(type));
    }

    outbox.append(events);

    assertThat(outbox.fetchUndispatched(events.size() + 1)).extracting(StoredEvent::event)
        .containsExactlyElementsOf(events);
  }

  @Test
  void stores_instants_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.123456789Z");
    DomainEvent event = new JobCreated(fixtures.uuid(), withNanos, recruiterId, fixtures.jobId());

    outbox.append(List.of(event));

    assertThat(outbox.find(event.eventId()).orElseThrow().event().occurredAt())
        .isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
  }

  @Test
  void rejects_an_event_id_that_is_already_stored_and_stores_none_of_that_batch() {
    DomainEvent first = fixtures.jobCreated(recruiterId, fixtures.jobId());
    outbox.append(List.of(first));
    DomainEvent fresh = fixtures.jobCreated(recruiterId, fixtures.jobId());
    DomainEvent sameId = new JobCreated(first.eventId(), fixtures.now(), recruiterId, fixtures.jobId());

    assertThatThrownBy(() -> outbox.append(List.of(fresh, sameId)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("event.duplicate"));
    assertThat(outbox.find(fresh.eventId())).isEmpty();
    assertThat(outbox.find(first.eventId()).orElseThrow().event()).isEqualTo(first);
  }

  @Test
  void appending_nothing_stores_nothing() {
    outbox.append(List.of());

    assertThat(outbox.fetchUndispatched(10)).isEmpty();
  }

  @Test
  void sequences_grow_with_insertion_order() {
    DomainEvent first = fixtures.jobCreated(recruiterId, fixtures.jobId());
    DomainEvent second = fixtures.jobPosted(recruiterId, fixtures.jobId());
    DomainEvent third = fixtures.recruiterCreated(recruiterId);
    outbox.append(List.of(first, second));
    outbox.append(List.of(third));

    long a = outbox.find(first.eventId()).orElseThrow().sequence();
    long b = outbox.find(second.eventId()).orElseThrow().sequence();
    long c = outbox.find(third.eventId()).orElseThrow().sequence();

    assertThat(a).isLessThan(b);
    assertThat(b).isLessThan(c);
  }

  @Test
  void fetches_undispatched_events_oldest_first_up_to_the_limit() {
    List<DomainEvent> events = appendSome(5);

    assertThat(outbox.fetchUndispatched(3)).extracting(stored -> stored.event().eventId())
        .containsExactly(events.get(0).eventId(), events.get(1).eventId(), events.get(2).eventId());
    assertThat(outbox.fetchUndispatched(0)).isEmpty();
  }

  @Test
  void dispatched_events_are_not_fetched_again_and_keep_their_first_dispatch_time() {
    List<DomainEvent> events = appendSome(3);
    Instant first = fixtures.now().plusSeconds(1);

    outbox.markDispatched(List.of(events.get(0).eventId(), events.get(2).eventId()), first);
    outbox.markDispatched(List.of(events.get(0).eventId()), first.plusSeconds(60));

    assertThat(outbox.fetchUndispatched(10)).extracting(stored -> stored.event().eventId())
        .containsExactly(events.get(1).eventId());
    assertThat(outbox.find(events.get(0).eventId()).orElseThrow().dispatchedAt()).contains(first);
  }

  @Test
  void marking_unknown_or_no_events_changes_nothing() {
    List<DomainEvent> events = appendSome(1);

    outbox.markDispatched(List.of(fixtures.uuid()), fixtures.now());
    outbox.markDispatched(List.of(), fixtures.now());

    assertThat(outbox.fetchUndispatched(10)).extracting(StoredEvent::event).containsExactlyElementsOf(events);
  }

  @Test
  void stores_the_dispatch_time_truncated_to_microseconds() {
    List<DomainEvent> events = appendSome(1);
    Instant withNanos = Instant.parse("2030-01-15T09:00:01.000000001Z");

    outbox.markDispatched(Set.of(events.get(0).eventId()), withNanos);

    assertThat(outbox.find(events.get(0).eventId()).orElseThrow().dispatchedAt())
        .contains(withNanos.truncatedTo(ChronoUnit.MICROS));
  }

  @Test
  void marks_many_events_at_once() {
    List<DomainEvent> events = appendSome(1_200);

    outbox.markDispatched(events.stream().map(DomainEvent::eventId).toList(), fixtures.now());

    assertThat(outbox.fetchUndispatched(10)).isEmpty();
  }

  @Test
  void a_requeued_event_is_fetched_again_in_its_place() {
    List<DomainEvent> events = appendSome(3);
    outbox.markDispatched(events.stream().map(DomainEvent::eventId).toList(), fixtures.now());

    boolean requeued = outbox.requeue(events.get(1).eventId());

    assertThat(requeued).isTrue();
    List<StoredEvent> again = outbox.fetchUndispatched(10);
    assertThat(again).extracting(StoredEvent::event).containsExactly(events.get(1));
    assertThat(again.get(0).dispatchedAt()).isEmpty();
    assertThat(outbox.requeue(fixtures.uuid())).isFalse();
  }

  @Test
  void lists_a_recruiters_events_newest_first_with_the_total() {
    List<DomainEvent> events = appendSome(5);
    outbox.append(List.of(fixtures.recruiterCreated(fixtures.recruiterId())));

    Page<StoredEvent> page = outbox.list(recruiterId, new PageRequest(1, 2));

    assertThat(page.items()).extracting(StoredEvent::event).containsExactly(events.get(3), events.get(2));
    assertThat(page.total()).isEqualTo(5);
  }

  private List<DomainEvent> appendSome(int count) {
    List<DomainEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(fixtures.jobCreated(recruiterId, fixtures.jobId()));
    }
    outbox.append(events);
    return events;
  }

  /** An instance of any event record, built from its components' types (ids, instants, enums, intervals). */
  private DomainEvent sample(Class<? extends DomainEvent> type) {
    try {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sampleValue(types[i]);
      }
      Constructor<? extends DomainEvent> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build a sample " + type.getSimpleName(), e);
    }
  }

  private Object sampleValue(Class<?> type) throws ReflectiveOperationException {
    if (type == UUID.class) {
      return fixtures.uuid();
    }
    if (type == Instant.class) {
      return fixtures.now();
    }
    if (type == RecruiterId.class) {
      return recruiterId;
    }
    if (type == Interval.class) {
      return Interval.of(fixtures.now().plus(Duration.ofDays(1)), Duration.ofMinutes(30));
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[constants.length - 1];
    }
    if (type.isRecord() && EntityId.class.isAssignableFrom(type)) {
      return type.getDeclaredConstructor(UUID.class).newInstance(fixtures.uuid());
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    throw new AssertionError("no sample value for " + type.getName() + "; extend EventOutboxContract.sampleValue");
  }
}
