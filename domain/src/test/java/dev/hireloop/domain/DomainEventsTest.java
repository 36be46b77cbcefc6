package dev.hireloop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.testing.DomainTypes;
import dev.hireloop.domain.testing.Fixtures;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every domain event, found by scanning the domain. Events go to the outbox, logs and webhooks, so they carry ids,
 * codes and times only: never names, e-mails or free text.
 */
final class DomainEventsTest {

  static List<Class<? extends DomainEvent>> events() {
    return DomainTypes.concreteImplementationsOf(DomainEvent.class);
  }

  @Test
  void finds_the_events_of_the_pipeline() {
    assertThat(events()).extracting(Class::getSimpleName).contains("JobPosted", "ProfileStatusChanged",
        "BookingConfirmed", "InterviewCompleted", "EndorsementApproved", "ReplyReceived", "ConsentWithdrawn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void carries_only_ids_codes_times_and_intervals(Class<? extends DomainEvent> type) {
    assertThat(type.isRecord()).as("%s is a record", type.getSimpleName()).isTrue();
    for (RecordComponent component : type.getRecordComponents()) {
      Class<?> t = component.getType();
      boolean safe = t == UUID.class || t == Instant.class || t == Interval.class || t.isEnum()
          || (EntityId.class.isAssignableFrom(t) && t.isRecord());
      assertThat(safe).as("%s.%s has type %s", type.getSimpleName(), component.getName(), t.getSimpleName())
          .isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void is_named_by_its_class_and_about_an_aggregate_of_its_own_package(Class<? extends DomainEvent> type)
      throws Throwable {
    DomainEvent event = sample(type);

    assertThat(event.eventType()).isEqualTo(type.getSimpleName());
    assertThat(event.eventId()).isEqualTo(Fixtures.uuid(1));
    assertThat(event.occurredAt()).isEqualTo(Fixtures.T0);
    assertThat(event.recruiterId()).isNotNull();
    EntityId subject = event.subjectId();
    assertThat(subject).isNotNull();
    // the recruiter's id lives in shared because every aggregate refers to it
    boolean ownPackage = subject.getClass().getPackage().equals(type.getPackage())
        || subject instanceof RecruiterId && type.getPackageName().endsWith(".recruiter");
    assertThat(ownPackage).as("%s is about %s", type.getSimpleName(), subject.getClass().getSimpleName()).isTrue();
  }

  /** An instance with distinct ids in every id component, so that subjectId cannot pick the wrong one unseen. */
  private static DomainEvent sample(Class<? extends DomainEvent> type) throws Throwable {
    RecordComponent[] components = type.getRecordComponents();
    List<Object> args = new ArrayList<>();
    Class<?>[] types = new Class<?>[components.length];
    long next = 1;
    for (int i = 0; i < components.length; i++) {
      Class<?> t = components[i].getType();
      types[i] = t;
      if (t == UUID.class) {
        args.add(Fixtures.uuid(next++));
      } else if (t == Instant.class) {
        args.add(Fixtures.T0);
      } else if (t == Interval.class) {
        args.add(Interval.of(Fixtures.T0, Duration.ofMinutes(45)));
      } else if (t.isEnum()) {
        args.add(t.getEnumConstants()[0]);
      } else {
        UUID value = Fixtures.uuid(next++);
        args.add(DomainTypes.invoke(() -> t.getConstructor(UUID.class).newInstance(value)));
      }
    }
    return (DomainEvent) DomainTypes.invoke(() -> type.getDeclaredConstructor(types).newInstance(args.toArray()));
  }
}
