package dev.hireloop.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.scheduling.LocalTimeRange;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The stored JSON documents: exact round trips, and broken documents reported as broken stored data. */
class SchedulingJsonTest {
  @Test
  void reads_back_an_availability_equal_to_the_one_written() {
    Availability availability = Availability.standard(ZoneId.of("Asia/Kathmandu"))
        .withOverrides(List.of(DateOverride.extra(LocalDate.parse("2030-05-01"), LocalTimeRange.of("18:00", "20:00"))))
        .withBuffers(Duration.ofSeconds(90), Duration.ZERO)
        .withLimits(OptionalInt.of(1), OptionalInt.empty());

    assertThat(SchedulingJson.readAvailability(SchedulingJson.writeAvailability(availability)))
        .isEqualTo(availability);
  }

  @Test
  void reads_back_a_reschedule_history_equal_to_the_one_written() {
    Interval first = Interval.of(Instant.parse("2030-01-20T10:00:00.000001Z"), Duration.ofMinutes(30));
    Interval second = Interval.of(Instant.parse("2030-01-21T10:00:00Z"), Duration.ofMinutes(30));
    List<Reschedule> history = List.of(new Reschedule(first, second, Instant.parse("2030-01-15T09:00:00Z"),
        Optional.of("\"quoted\" \\ back\nslash")), new Reschedule(second, first, Instant.parse("2030-01-16T09:00:00Z"),
        Optional.empty()));

    assertThat(SchedulingJson.readReschedules(SchedulingJson.writeReschedules(history))).isEqualTo(history);
    assertThat(SchedulingJson.readReschedules(SchedulingJson.writeReschedules(List.of()))).isEmpty();
  }

  @Test
  void a_broken_availability_document_is_a_failure_of_the_stored_data() {
    String valid = SchedulingJson.writeAvailability(Availability.standard(ZoneId.of("UTC")));

    for (String broken : List.of("{", "[]", valid.replace("\"zone\":\"UTC\"", "\"zone\":\"Mars/Olympus\""),
        valid.replace("\"window_days\":60", "\"window_days\":0"), valid.replace(",\"slot_step\":\"PT15M\"", ""),
        valid.replace("MONDAY", "MOONDAY"))) {
      assertThat(broken).isNotEqualTo(valid);
      assertThatThrownBy(() -> SchedulingJson.readAvailability(broken))
          .isInstanceOf(ExternalServiceException.class)
          .extracting(e -> ((HireloopException) e).code()).isEqualTo("availability.unreadable");
    }
  }

  @Test
  void a_broken_reschedule_history_is_a_failure_of_the_stored_data() {
    for (String broken : List.of("", "{}", "[{\"from_start\":\"yesterday\"}]", "[{}]")) {
      assertThatThrownBy(() -> SchedulingJson.readReschedules(broken))
          .isInstanceOf(ExternalServiceException.class)
          .extracting(e -> ((HireloopException) e).code()).isEqualTo("booking.unreadable");
    }
  }
}
