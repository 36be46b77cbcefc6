package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventTypeRepository} promises. Subclasses return an isolated, empty store. */
public abstract class EventTypeRepositoryContract {
  protected final Fixtures fixtures = new Fixtures();
  private Persistence persistence;
  private EventTypeRepository eventTypes;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    persistence = newPersistence();
    eventTypes = persistence.eventTypes();
  }

  @Test
  void returns_empty_for_an_unknown_id_or_recruiter() {
    assertThat(eventTypes.findById(new EventTypeId(fixtures.uuid()))).isEmpty();
    assertThat(eventTypes.listByRecruiter(fixtures.recruiterId())).isEmpty();
  }

  @Test
  void stores_the_default_interview_as_version_one_and_reads_it_back_equal() {
    EventType eventType = EventType.create(new EventTypeId(fixtures.uuid()), fixtures.recruiterId(),
        InterviewTemplate.defaultInterview(), fixtures.now());

    EventType saved = eventTypes.save(eventType);

    assertThat(saved).isEqualTo(eventType.withVersion(new Version(1)));
    assertThat(eventTypes.findById(eventType.id())).contains(saved);
    assertThat(saved.template().name()).isEqualTo("45-Minute Candidate Interview");
  }

  @Test
  void round_trips_every_location_kind_and_long_unicode_text() {
    RecruiterId recruiter = fixtures.recruiterId();
    InterviewTemplate video = new InterviewTemplate("Video call", Duration.ofMinutes(5), "", LocationKind.VIDEO, "");
    InterviewTemplate phone = new InterviewTemplate("Telefoninterview – Zoë 山田 🚀", Duration.ofHours(8),
        "Zeile eins\nZeile zwei\t(tab)\n" + "x".repeat(1900), LocationKind.PHONE, "+44 20 7946 0958");
    InterviewTemplate address = new InterviewTemplate("On site", Duration.ofMinutes(95), "Bring ID.",
        LocationKind.ADDRESS, "Acme GmbH, Friedrichstraße 1, 10117 Berlin\n" + "y".repeat(400));

    for (InterviewTemplate template : new InterviewTemplate[] {video, phone, address}) {
      EventType saved = eventTypes.save(EventType.create(new EventTypeId(fixtures.uuid()), recruiter, template,
          fixtures.now()));

      assertThat(eventTypes.findById(saved.id())).contains(saved);
      assertThat(eventTypes.findById(saved.id()).orElseThrow().template()).isEqualTo(template);
    }
  }

  @Test
  void an_update_stores_the_next_version() {
    EventType saved = eventTypes.save(EventType.create(new EventTypeId(fixtures.uuid()), fixtures.recruiterId(),
        InterviewTemplate.defaultInterview(), fixtures.now()));
    InterviewTemplate longer = new InterviewTemplate("60-Minute Technical Interview", Duration.ofMinutes(60),
        "Pairing on a small task.", LocationKind.VIDEO, "https://meet.example.com/abc");

    EventType updated = eventTypes.save(saved.update(longer, fixtures.now().plusSeconds(60)));

    assertThat(updated.version()).isEqualTo(new Version(2));
    assertThat(eventTypes.findById(saved.id())).contains(updated);
    assertThat(updated.createdAt()).isEqualTo(saved.createdAt());
  }

  @Test
  void rejects_a_stale_write() {
    EventType saved = eventTypes.save(EventType.create(new EventTypeId(fixtures.uuid()), fixtures.recruiterId(),
        InterviewTemplate.defaultInterview(), fixtures.now()));
    EventType current = eventTypes.save(saved.update(renamed("First"), fixtures.now()));

    assertThatThrownBy(() -> eventTypes.save(saved.update(renamed("Late"), fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("event-type.stale"));
    assertThat(eventTypes.findById(saved.id())).contains(current);
  }

  @Test
  void rejects_an_update_of_a_template_that_was_never_stored_or_was_deleted() {
    EventType neverStored = EventType.create(new EventTypeId(fixtures.uuid()), fixtures.recruiterId(),
        InterviewTemplate.defaultInterview(), fixtures.now()).withVersion(new Version(1));
    EventType deleted = eventTypes.save(EventType.create(new EventTypeId(fixtures.uuid()), fixtures.recruiterId(),
        InterviewTemplate.defaultInterview(), fixtures.now()));
    eventTypes.delete(deleted.id());

    for (EventType eventType : new EventType[] {neverStored, deleted}) {
      assertThatThrownBy(() -> eventTypes.save(eventType.update(renamed("Gone"), fixtures.now())))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("event-type.stale"));
      assertThat(eventTypes.findById(eventType.id())).isEmpty();
    }
  }

  @Test
  void rejects_inserting_the_same_template_twice() {
    EventType eventType = EventType.create(new EventTypeId(fixtures.uuid()), fixtures.recruiterId(),
        InterviewTemplate.defaultInterview(), fixtures.now());
    eventTypes.save(eventType);

    assertThatThrownBy(() -> eventTypes.save(eventType))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("event-type.stale"));
  }

  @Test
  void lists_a_recruiters_templates_oldest_first_with_ties_broken_by_id() {
    RecruiterId recruiter = fixtures.recruiterId();
    Instant earlier = fixtures.now();
    Instant later = earlier.plusSeconds(60);
    // ids whose first bit differs: databases order UUIDs by their bytes, unsigned
    EventType tieHigh = eventTypes.save(EventType.create(
        new EventTypeId(new UUID(0x9000_0000_0000_4000L, 0x8000_0000_0000_0001L)), recruiter, renamed("B"), later));
    EventType oldest = eventTypes.save(EventType.create(new EventTypeId(fixtures.uuid()), recruiter,
        InterviewTemplate.defaultInterview(), earlier));
    EventType tieLow = eventTypes.save(EventType.create(
        new EventTypeId(new UUID(0x7000_0000_0000_4000L, 0x8000_0000_0000_0001L)), recruiter, renamed("A"), later));
    eventTypes.save(EventType.create(new EventTypeId(fixtures.uuid()), fixtures.recruiterId(),
        InterviewTemplate.defaultInterview(), earlier.minusSeconds(60)));

    assertThat(eventTypes.listByRecruiter(recruiter)).containsExactly(oldest, tieLow, tieHigh);
  }

  @Test
  void deletes_a_template_once() {
    RecruiterId recruiter = fixtures.recruiterId();
    EventType kept = eventTypes.save(EventType.create(new EventTypeId(fixtures.uuid()), recruiter,
        InterviewTemplate.defaultInterview(), fixtures.now()));
    EventType removed = eventTypes.save(EventType.create(new EventTypeId(fixtures.uuid()), recruiter,
        renamed("Short call"), fixtures.now().plusSeconds(1)));

    assertThat(eventTypes.delete(removed.id())).isTrue();
    assertThat(eventTypes.delete(removed.id())).isFalse();
    assertThat(eventTypes.delete(new EventTypeId(fixtures.uuid()))).isFalse();

    assertThat(eventTypes.findById(removed.id())).isEmpty();
    assertThat(eventTypes.listByRecruiter(recruiter)).containsExactly(kept);
  }

  @Test
  void a_deleted_template_can_be_stored_again_as_new() {
    EventType eventType = EventType.create(new EventTypeId(fixtures.uuid()), fixtures.recruiterId(),
        InterviewTemplate.defaultInterview(), fixtures.now());
    eventTypes.save(eventType);
    eventTypes.delete(eventType.id());

    assertThat(eventTypes.save(eventType).version()).isEqualTo(new Version(1));
  }

  @Test
  void a_delete_inside_a_rolled_back_transaction_keeps_the_template() {
    EventType saved = eventTypes.save(EventType.create(new EventTypeId(fixtures.uuid()),
        fixtures.recruiterId(), InterviewTemplate.defaultInterview(), fixtures.now()));

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      eventTypes.delete(saved.id());
      throw new IllegalStateException("undo");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(eventTypes.findById(saved.id())).contains(saved);
  }

  @Test
  void stores_instants_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.123456789Z");
    EventType eventType = EventType.create(new EventTypeId(fixtures.uuid()), fixtures.recruiterId(),
        InterviewTemplate.defaultInterview(), withNanos);

    EventType saved = eventTypes.save(eventType);

    assertThat(saved.createdAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    assertThat(eventTypes.findById(eventType.id())).contains(saved);
  }

  private static InterviewTemplate renamed(String name) {
    return new InterviewTemplate(name, Duration.ofMinutes(30), "", LocationKind.PHONE, "");
  }
}
