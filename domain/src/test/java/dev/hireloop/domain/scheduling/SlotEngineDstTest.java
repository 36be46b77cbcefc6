package dev.hireloop.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slots on daylight-saving transition days, checked to the exact instant: starts in the spring-forward gap are
 * skipped, starts in the fall-back overlap come once, at the earlier offset.
 */
class SlotEngineDstTest {

  private static final SlotEngine ENGINE = new SlotEngine();
  private static final InterviewTemplate HALF_HOUR = template(30);

  @Test
  void new_york_spring_forward_skips_the_missing_hour() {
    assertThat(starts("America/New_York", "2025-03-09", "01:00", "04:00"))
        .containsExactly(utc("2025-03-09T06:00"), utc("2025-03-09T06:30"), utc("2025-03-09T07:00"),
            utc("2025-03-09T07:30"));
  }

  @Test
  void hours_ending_inside_the_gap_end_when_the_clocks_jump() {
    ZoneId newYork = ZoneId.of("America/New_York");
    LocalDate day = LocalDate.parse("2025-03-09");
    Availability availability = Availability.standard(newYork)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("01:00", "02:30")))
        .withSlotStep(Duration.ofMinutes(30));

    List<Slot> slots = ENGINE.slots(new SlotQuery(availability, template(60), List.of(), List.of(),
        utc("2025-03-07T00:00"), day, day, newYork));

    // 01:30 EST plus an hour is 03:30 EDT, past 02:30 local, which never comes: the day ends at the jump, 07:00Z.
    assertThat(slots).extracting(Slot::start).containsExactly(utc("2025-03-09T06:00"));
  }

  @Test
  void new_york_fall_back_offers_the_repeated_hour_once_at_the_earlier_offset() {
    assertThat(starts("America/New_York", "2025-11-02", "00:00", "03:00"))
        .containsExactly(utc("2025-11-02T04:00"), utc("2025-11-02T04:30"), utc("2025-11-02T05:00"),
            utc("2025-11-02T05:30"), utc("2025-11-02T07:00"), utc("2025-11-02T07:30"));
  }

  @Test
  void london_spring_forward_skips_one_to_two() {
    assertThat(starts("Europe/London", "2025-03-30", "00:00", "03:00"))
        .containsExactly(utc("2025-03-30T00:00"), utc("2025-03-30T00:30"), utc("2025-03-30T01:00"),
            utc("2025-03-30T01:30"));
  }

  @Test
  void london_fall_back_ends_by_the_second_two_o_clock() {
    assertThat(starts("Europe/London", "2025-10-26", "00:00", "02:00"))
        .containsExactly(utc("2025-10-25T23:00"), utc("2025-10-25T23:30"), utc("2025-10-26T00:00"),
            utc("2025-10-26T00:30"));
  }

  @Test
  void sydney_spring_forward_in_october_skips_two_to_three() {
    assertThat(starts("Australia/Sydney", "2025-10-05", "01:00", "04:00"))
        .containsExactly(utc("2025-10-04T15:00"), utc("2025-10-04T15:30"), utc("2025-10-04T16:00"),
            utc("2025-10-04T16:30"));
  }

  @Test
  void sydney_fall_back_in_april_offers_two_to_three_once() {
    assertThat(starts("Australia/Sydney", "2025-04-06", "01:00", "04:00"))
        .containsExactly(utc("2025-04-05T14:00"), utc("2025-04-05T14:30"), utc("2025-04-05T15:00"),
            utc("2025-04-05T15:30"), utc("2025-04-05T17:00"), utc("2025-04-05T17:30"));
  }

  @Test
  void st_johns_half_hour_offset_spring_forward() {
    assertThat(starts("America/St_Johns", "2025-03-09", "01:00", "04:00"))
        .containsExactly(utc("2025-03-09T04:30"), utc("2025-03-09T05:00"), utc("2025-03-09T05:30"),
            utc("2025-03-09T06:00"));
  }

  @Test
  void st_johns_half_hour_offset_fall_back() {
    assertThat(starts("America/St_Johns", "2025-11-02", "00:00", "03:00"))
        .containsExactly(utc("2025-11-02T02:30"), utc("2025-11-02T03:00"), utc("2025-11-02T03:30"),
            utc("2025-11-02T04:00"), utc("2025-11-02T05:30"), utc("2025-11-02T06:00"));
  }

  @Test
  void kolkata_hours_seen_by_a_new_york_candidate_on_the_spring_forward_date() {
    ZoneId kolkata = ZoneId.of("Asia/Kolkata");
    ZoneId newYork = ZoneId.of("America/New_York");
    Availability availability = Availability.standard(kolkata)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("09:00", "17:00")))
        .withSlotStep(Duration.ofHours(1));
    List<Slot> slots = ENGINE.slots(new SlotQuery(availability, template(60), List.of(), List.of(),
        utc("2025-03-01T00:00"), LocalDate.parse("2025-03-09"), LocalDate.parse("2025-03-09"), newYork));

    // The candidate's 9 March is 23 hours long: 05:00Z to 04:00Z; Kolkata's 09:00 is 03:30Z.
    assertThat(slots).extracting(Slot::start).containsExactly(utc("2025-03-09T05:30"), utc("2025-03-09T06:30"),
        utc("2025-03-09T07:30"), utc("2025-03-09T08:30"), utc("2025-03-09T09:30"), utc("2025-03-09T10:30"),
        utc("2025-03-10T03:30"));
    assertThat(slots.get(0).in(newYork).start())
        .isEqualTo(ZonedDateTime.parse("2025-03-09T00:30-05:00[America/New_York]"));
    assertThat(slots.get(6).in(newYork).start())
        .isEqualTo(ZonedDateTime.parse("2025-03-09T23:30-04:00[America/New_York]"));
    assertThat(slots.get(6).in(kolkata).start())
        .isEqualTo(ZonedDateTime.parse("2025-03-10T09:00+05:30[Asia/Kolkata]"));
  }

  @Test
  void kolkata_and_kathmandu_quarter_hour_offsets_land_on_exact_instants() {
    assertThat(starts("Asia/Kolkata", "2025-03-10", "09:00", "10:00"))
        .containsExactly(utc("2025-03-10T03:30"), utc("2025-03-10T04:00"));
    assertThat(starts("Asia/Kathmandu", "2025-03-10", "09:00", "10:00"))
        .containsExactly(utc("2025-03-10T03:15"), utc("2025-03-10T03:45"));
  }

  private static List<Instant> starts(String zoneId, String date, String from, String to) {
    ZoneId zone = ZoneId.of(zoneId);
    LocalDate day = LocalDate.parse(date);
    Availability availability = Availability.standard(zone)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of(from, to)))
        .withSlotStep(Duration.ofMinutes(30));
    Instant twoDaysBefore = day.minusDays(2).atStartOfDay(zone).toInstant();
    return ENGINE.slots(new SlotQuery(availability, HALF_HOUR, List.of(), List.of(), twoDaysBefore,
        day, day, zone)).stream().map(Slot::start).toList();
  }

  static InterviewTemplate template(int minutes) {
    return new InterviewTemplate(minutes + "-minute interview", Duration.ofMinutes(minutes), "", LocationKind.PHONE,
        "");
  }

  static Instant utc(String localDateTime) {
    return Instant.parse(localDateTime + ":00Z");
  }
}
