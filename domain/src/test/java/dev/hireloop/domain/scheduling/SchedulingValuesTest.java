package dev.hireloop.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SchedulingValuesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate DATE = LocalDate.parse("2025-03-10");

  @Test
  void working_hours_must_end_after_they_start() {
    Expect.invalid("hours.empty", () -> LocalTimeRange.of("10:00", "10:00"));
    Expect.invalid("hours.empty", () -> LocalTimeRange.of("11:00", "10:00"));
  }

  @Test
  void a_day_s_ranges_must_be_sorted_and_must_not_overlap() {
    Expect.invalid("hours.overlapping", () -> new WorkingHours(Map.of(DayOfWeek.MONDAY,
        List.of(LocalTimeRange.of("09:00", "12:00"), LocalTimeRange.of("11:00", "13:00")))));
    Expect.invalid("hours.overlapping", () -> new WorkingHours(Map.of(DayOfWeek.MONDAY,
        List.of(LocalTimeRange.of("13:00", "14:00"), LocalTimeRange.of("09:00", "12:00")))));
    WorkingHours split = new WorkingHours(Map.of(DayOfWeek.MONDAY,
        List.of(LocalTimeRange.of("09:00", "12:00"), LocalTimeRange.of("12:00", "13:00"),
            LocalTimeRange.of("14:00", "17:00"))));
    assertThat(split.on(DayOfWeek.MONDAY)).hasSize(3);
    assertThat(split.on(DayOfWeek.TUESDAY)).isEmpty();
  }

  @Test
  void an_override_is_a_day_off_or_has_hours() {
    Expect.invalid("override.day-off-with-hours", () -> new DateOverride(DATE, DateOverride.Kind.DAY_OFF,
        List.of(LocalTimeRange.of("09:00", "10:00"))));
    Expect.invalid("override.no-hours", () -> new DateOverride(DATE, DateOverride.Kind.EXTRA, List.of()));
  }

  @Test
  void extra_hours_join_the_weekly_ones_where_they_overlap() {
    Availability availability = Availability.standard(LONDON).withOverrides(List.of(DateOverride.extra(DATE,
        LocalTimeRange.of("08:00", "09:30"), LocalTimeRange.of("17:00", "18:00"), LocalTimeRange.of("19:00",
            "20:00"))));

    assertThat(availability.hoursOn(DATE)).containsExactly(LocalTimeRange.of("08:00", "18:00"),
        LocalTimeRange.of("19:00", "20:00"));
    assertThat(availability.hoursOn(DATE.plusDays(1))).containsExactly(LocalTimeRange.of("09:00", "17:00"));
  }

  @Test
  void availability_refuses_out_of_range_settings() {
    Availability standard = Availability.standard(LONDON);

    Expect.invalid("availability.slot-step", () -> standard.withSlotStep(Duration.ofMinutes(1)));
    Expect.invalid("availability.slot-step", () -> standard.withSlotStep(Duration.ofSeconds(930)));
    Expect.invalid("value.out-of-range", () -> standard.withBuffers(Duration.ofMinutes(-5), Duration.ZERO));
    Expect.invalid("value.out-of-range", () -> standard.withMinimumNotice(Duration.ofDays(400), false));
    Expect.invalid("value.out-of-range", () -> standard.withWindowDays(0));
    Expect.invalid("value.out-of-range", () -> standard.withLimits(OptionalInt.of(0), OptionalInt.empty()));
    Expect.invalid("override.duplicate-date", () -> standard.withOverrides(List.of(DateOverride.dayOff(DATE),
        DateOverride.extra(DATE, LocalTimeRange.of("18:00", "19:00")))));
    Expect.invalid("value.required", () -> standard.withWeeklyHours(null));
  }

  @Test
  void every_recruiter_starts_with_the_45_minute_candidate_interview() {
    InterviewTemplate template = InterviewTemplate.defaultInterview();

    assertThat(template.name()).isEqualTo("45-Minute Candidate Interview");
    assertThat(template.duration()).isEqualTo(Duration.ofMinutes(45));
    assertThat(template.locationKind()).isEqualTo(LocationKind.VIDEO);
  }

  @Test
  void a_template_needs_a_name_and_a_whole_minute_duration_within_bounds() {
    Expect.invalid("value.blank", () -> new InterviewTemplate(" ", Duration.ofMinutes(30), "", LocationKind.PHONE,
        "+44 20 7946 0000"));
    Expect.invalid("template.duration", () -> new InterviewTemplate("Call", Duration.ofMinutes(2), "",
        LocationKind.PHONE, ""));
    Expect.invalid("template.duration", () -> new InterviewTemplate("Call", Duration.ofHours(9), "",
        LocationKind.PHONE, ""));
    Expect.invalid("template.duration", () -> new InterviewTemplate("Call", Duration.ofSeconds(1830), "",
        LocationKind.PHONE, ""));
    Expect.invalid("value.required", () -> new InterviewTemplate("Call", Duration.ofMinutes(30), "", null, ""));
  }

  @Test
  void a_query_s_dates_must_be_in_order_and_not_span_more_than_a_year() {
    Availability availability = Availability.standard(LONDON);
    InterviewTemplate template = InterviewTemplate.defaultInterview();
    Instant now = Instant.parse("2025-03-01T00:00:00Z");

    Expect.invalid("slots.range-reversed", () -> new SlotQuery(availability, template, List.of(), List.of(), now,
        DATE, DATE.minusDays(1), LONDON));
    Expect.invalid("slots.range-too-long", () -> new SlotQuery(availability, template, List.of(), List.of(), now,
        DATE, DATE.plusDays(366), LONDON));
    Expect.invalid("slots.range-unsupported", () -> new SlotQuery(availability, template, List.of(), List.of(),
        now, LocalDate.parse("2201-01-01"), LocalDate.parse("2201-01-02"), LONDON));
    Expect.invalid("value.required", () -> new SlotQuery(availability, template, null, List.of(), now, DATE, DATE,
        LONDON));
  }

  @Test
  void a_slot_must_end_after_it_starts() {
    Instant start = Instant.parse("2025-03-10T09:00:00Z");

    Expect.invalid("interval.empty", () -> new Slot(start, start));
    assertThat(new Slot(start, start.plusSeconds(60)).interval().duration()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void the_default_template_at_another_length_names_its_length_and_others_keep_their_name() {
    InterviewTemplate standard = InterviewTemplate.defaultInterview();
    InterviewTemplate screen = new InterviewTemplate("Technical screen", Duration.ofMinutes(60), "", LocationKind.PHONE,
        "+44 20 7946 0000");

    assertThat(standard.withDuration(Duration.ofMinutes(30)).name()).isEqualTo("30-Minute Candidate Interview");
    assertThat(standard.withDuration(Duration.ofMinutes(30)).duration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(standard.withDuration(Duration.ofMinutes(30)).description()).startsWith("A 30-minute interview");
    assertThat(standard.withDuration(Duration.ofMinutes(45))).isEqualTo(standard);
    assertThat(screen.withDuration(Duration.ofMinutes(30)).name()).isEqualTo("Technical screen");
    assertThat(screen.withDuration(Duration.ofMinutes(30)).locationDetail()).isEqualTo("+44 20 7946 0000");
  }
}
