package dev.hireloop.adapter.out.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.booking.BookingConfirmed;
import dev.hireloop.domain.job.JobCreated;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  private static final UUID SEQ_1 = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final UUID SEQ_2 = UUID.fromString("00000000-0000-4000-8000-000000000002");
  private static final UUID SEQ_3 = UUID.fromString("00000000-0000-4000-8000-000000000003");

  private final EventJson json = EventJson.create();
  private final Fixtures fixtures = new Fixtures();

  /** An event that nobody registered in DomainEventTypes. */
  record NotRegistered(UUID eventId, Instant occurredAt, RecruiterId recruiterId) implements DomainEvent {
    @Override
    public EntityId subjectId() {
      return recruiterId;
    }
  }

  @Test
  void writes_record_components_with_iso_instants_and_typed_ids_as_values() {
    JobCreated event = new JobCreated(SEQ_1, Instant.parse("2030-01-15T09:00:00.123456789Z"),
        new RecruiterId(SEQ_2), new JobId(SEQ_3));

    String payload = json.write(event);

    assertThat(payload).isEqualTo("{\"eventId\":\"" + SEQ_1 + "\",\"occurredAt\":\"2030-01-15T09:00:00.123456Z\","
        + "\"recruiterId\":{\"value\":\"" + SEQ_2 + "\"},\"jobId\":{\"value\":\"" + SEQ_3 + "\"}}");
  }

  @Test
  void reads_back_nested_values_and_truncates_their_instants() {
    BookingConfirmed plain = fixtures.bookingConfirmed(fixtures.recruiterId());
    Instant start = Instant.parse("2030-01-17T10:00:00.000000700Z");
    BookingConfirmed withNanos = new BookingConfirmed(plain.eventId(), plain.occurredAt(), plain.recruiterId(),
        plain.bookingId(), plain.profileId(), Interval.of(start, Duration.ofMinutes(45)));

    assertThat(json.roundTrip(plain)).isEqualTo(plain);
    assertThat(((BookingConfirmed) json.roundTrip(withNanos)).slot())
        .isEqualTo(Interval.of(start.truncatedTo(ChronoUnit.MICROS), Duration.ofMinutes(45)));
  }

  @Test
  void ignores_properties_that_an_event_no_longer_has() {
    String payload = "{\"eventId\":\"" + SEQ_1 + "\",\"occurredAt\":\"2030-01-15T09:00:00Z\","
        + "\"recruiterId\":{\"value\":\"" + SEQ_2 + "\"},\"jobId\":{\"value\":\"" + SEQ_3 + "\"},\"retired\":1}";

    assertThat(json.read("JobCreated", payload)).isInstanceOf(JobCreated.class);
  }

  @Test
  void refuses_to_store_an_event_type_that_is_not_registered() {
    NotRegistered event = new NotRegistered(SEQ_1, fixtures.now(), fixtures.recruiterId());

    assertThatThrownBy(() -> json.write(event))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("event.type-unknown");
  }

  @Test
  void an_unreadable_stored_payload_is_an_external_service_failure() {
    assertThatThrownBy(() -> json.read("JobCreated", "{not json"))
        .isInstanceOf(ExternalServiceException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("event.unreadable");
  }

}
