package dev.hireloop.domain.scheduling;

import static dev.hireloop.domain.scheduling.SlotEngineDstTest.template;
import static dev.hireloop.domain.scheduling.SlotEngineDstTest.utc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The slot engine's rules one at a time: buffers, overrides, notice, window, same day, limits, rendering. */
class SlotEngineTest {

  private static final SlotEngine ENGINE = new SlotEngine();
  private static final ZoneId UTC = ZoneId.of("UTC");
  /** Monday. */
  private static final LocalDate MONDAY = LocalDate.parse("2025-03-10");
  private static final Instant SUNDAY_NOON = utc("2025-03-09T12:00");

  @Test
  void buffers_around_a_booking_and_a_busy_time_that_overlap_block_one_merged_stretch() {
    Availability availability = Availability.standard(UTC)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("09:00", "13:00")))
        .withBuffers(Duration.ofMinutes(15), Duration.ofMinutes(15));
    List<Interval> bookings = List.of(new Interval(utc("2025-03-10T10:00"), utc("2025-03-10T10:30")));
    List<Interval> busy = List.of(new Interval(utc("2025-03-10T10:40"), utc("2025-03-10T11:00")));

    List<Slot> slots = ENGINE.slots(query(availability, template(30), busy, bookings, SUNDAY_NOON, MONDAY, MONDAY));

    // The booking widened is 09:45-10:45, the busy time 10:40-11:00; a slot needs 15 minutes free each side.
    assertThat(slots).extracting(Slot::start).containsExactly(utc("2025-03-10T09:00"), utc("2025-03-10T11:15"),
        utc("2025-03-10T11:30"), utc("2025-03-10T11:45"), utc("2025-03-10T12:00"), utc("2025-03-10T12:15"),
        utc("2025-03-10T12:30"));
  }

  @Test
  void busy_intervals_in_any_order_and_nested_ones_are_all_respected() {
    Availability availability = Availability.standard(UTC)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("09:00", "12:00")));
    List<Interval> busy = List.of(new Interval(utc("2025-03-10T11:00"), utc("2025-03-10T11:30")),
        new Interval(utc("2025-03-10T09:00"), utc("2025-03-10T10:30")),
        new Interval(utc("2025-03-10T09:15"), utc("2025-03-10T09:30")));

    List<Slot> slots = ENGINE.slots(query(availability, template(30), busy, List.of(), SUNDAY_NOON, MONDAY, MONDAY));

    assertThat(slots).extracting(Slot::start).containsExactly(utc("2025-03-10T10:30"), utc("2025-03-10T11:30"));
  }

  @Test
  void an_open_ended_absence_reaching_far_into_the_future_blocks_everything_after_its_start() {
    Availability availability = Availability.standard(UTC);
    List<Interval> busy = List.of(new Interval(utc("2025-03-10T12:00"), Instant.parse("9999-12-31T00:00:00Z")),
        new Interval(Instant.parse("0001-01-01T00:00:00Z"), utc("2025-03-10T10:00")));

    List<Slot> slots = ENGINE.slots(query(availability, template(60), busy, List.of(), SUNDAY_NOON, MONDAY,
        MONDAY.plusDays(3)));

    assertThat(slots).extracting(Slot::start).containsExactly(utc("2025-03-10T10:00"), utc("2025-03-10T10:15"),
        utc("2025-03-10T10:30"), utc("2025-03-10T10:45"), utc("2025-03-10T11:00"));
  }

  @Test
  void a_day_off_removes_the_weekly_hours_and_extra_hours_add_to_them() {
    LocalDate tuesday = MONDAY.plusDays(1);
    Availability availability = Availability.standard(UTC)
        .withWeeklyHours(WorkingHours.weekdays(LocalTimeRange.of("09:00", "10:00")))
        .withSlotStep(Duration.ofMinutes(30))
        .withOverrides(List.of(DateOverride.dayOff(MONDAY),
            DateOverride.extra(tuesday, LocalTimeRange.of("09:30", "11:00"), LocalTimeRange.of("18:00", "19:00"))));

    List<Slot> slots = ENGINE.slots(query(availability, template(30), List.of(), List.of(), SUNDAY_NOON, MONDAY,
        tuesday));

    assertThat(slots).extracting(Slot::start).containsExactly(utc("2025-03-11T09:00"), utc("2025-03-11T09:30"),
        utc("2025-03-11T10:00"), utc("2025-03-11T10:30"), utc("2025-03-11T18:00"), utc("2025-03-11T18:30"));
  }

  @Test
  void replacement_hours_replace_the_weekly_ones_even_on_a_weekend() {
    LocalDate saturday = LocalDate.parse("2025-03-15");
    Availability availability = Availability.standard(UTC)
        .withSlotStep(Duration.ofMinutes(60))
        .withOverrides(List.of(DateOverride.replace(MONDAY, LocalTimeRange.of("14:00", "16:00")),
            DateOverride.replace(saturday, LocalTimeRange.of("10:00", "11:00"))));

    List<Slot> monday = ENGINE.slots(query(availability, template(60), List.of(), List.of(), SUNDAY_NOON, MONDAY,
        MONDAY));
    List<Slot> weekend = ENGINE.slots(query(availability, template(60), List.of(), List.of(), SUNDAY_NOON, saturday,
        saturday.plusDays(1)));

    assertThat(monday).extracting(Slot::start).containsExactly(utc("2025-03-10T14:00"), utc("2025-03-10T15:00"));
    assertThat(weekend).extracting(Slot::start).containsExactly(utc("2025-03-15T10:00"));
  }

  @Test
  void minimum_notice_reaches_across_midnight_in_a_quarter_hour_zone() {
    ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
    Availability availability = Availability.standard(kathmandu)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("09:00", "12:00")))
        .withSlotStep(Duration.ofMinutes(30))
        .withMinimumNotice(Duration.ofHours(12), false);
    Instant tenAtNight = ZonedDateTime.parse("2025-03-10T22:00+05:45[Asia/Kathmandu]").toInstant();

    List<Slot> slots = ENGINE.slots(new SlotQuery(availability, template(30), List.of(), List.of(), tenAtNight,
        MONDAY, MONDAY.plusDays(1), kathmandu));

    assertThat(slots).extracting(Slot::start).containsExactly(utc("2025-03-11T04:15"), utc("2025-03-11T04:45"),
        utc("2025-03-11T05:15"), utc("2025-03-11T05:45"));
    assertThat(slots.get(0).in(kathmandu).start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
  }

  @Test
  void a_slot_starting_exactly_at_the_notice_limit_is_offered() {
    Availability availability = Availability.standard(UTC)
        .withMinimumNotice(Duration.ofHours(2), false);

    List<Slot> slots = ENGINE.slots(query(availability, template(45), List.of(), List.of(),
        utc("2025-03-10T08:00"), MONDAY, MONDAY));

    assertThat(slots.get(0).start()).isEqualTo(utc("2025-03-10T10:00"));
  }

  @Test
  void the_rolling_window_ends_after_its_last_date() {
    Availability availability = Availability.standard(UTC)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("09:00", "17:00")))
        .withWindowDays(3);

    List<Slot> slots = ENGINE.slots(query(availability, template(45), List.of(), List.of(),
        utc("2025-03-10T08:00"), MONDAY, MONDAY.plusDays(10)));

    assertThat(slots).extracting(slot -> slot.start().atZone(UTC).toLocalDate()).containsOnly(MONDAY,
        MONDAY.plusDays(1), MONDAY.plusDays(2));
    assertThat(slots.get(slots.size() - 1).start()).isEqualTo(utc("2025-03-12T16:15"));
  }

  @Test
  void no_same_day_means_the_interviewer_s_today_not_the_utc_one() {
    ZoneId newYork = ZoneId.of("America/New_York");
    Availability availability = Availability.standard(newYork)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("09:00", "17:00")))
        .withMinimumNotice(Duration.ZERO, true);
    Instant lateMondayInNewYork = utc("2025-03-11T02:00"); // Monday 22:00 EDT, already Tuesday in UTC

    List<Slot> slots = ENGINE.slots(new SlotQuery(availability, template(45), List.of(), List.of(),
        lateMondayInNewYork, MONDAY, MONDAY.plusDays(1), newYork));

    assertThat(slots.get(0).start()).isEqualTo(utc("2025-03-11T13:00"));
    assertThat(slots).allSatisfy(slot -> assertThat(slot.in(newYork).start().toLocalDate())
        .isEqualTo(MONDAY.plusDays(1)));
  }

  @Test
  void without_no_same_day_the_rest_of_today_is_offered() {
    Availability availability = Availability.standard(UTC);

    List<Slot> slots = ENGINE.slots(query(availability, template(45), List.of(), List.of(),
        utc("2025-03-10T16:00"), MONDAY, MONDAY));

    assertThat(slots).extracting(Slot::start).containsExactly(utc("2025-03-10T16:00"), utc("2025-03-10T16:15"));
  }

  @Test
  void a_date_at_its_daily_limit_offers_nothing() {
    Availability availability = Availability.standard(UTC).withLimits(OptionalInt.of(2), OptionalInt.empty());
    List<Interval> twoOnTuesday = List.of(new Interval(utc("2025-03-11T09:00"), utc("2025-03-11T09:45")),
        new Interval(utc("2025-03-11T14:00"), utc("2025-03-11T14:45")));
    List<Interval> oneOnTuesday = twoOnTuesday.subList(0, 1);

    List<Slot> full = ENGINE.slots(query(availability, template(45), List.of(), twoOnTuesday, SUNDAY_NOON, MONDAY,
        MONDAY.plusDays(2)));
    List<Slot> open = ENGINE.slots(query(availability, template(45), List.of(), oneOnTuesday, SUNDAY_NOON, MONDAY,
        MONDAY.plusDays(2)));

    assertThat(full).extracting(slot -> slot.start().atZone(UTC).toLocalDate()).containsOnly(MONDAY,
        MONDAY.plusDays(2));
    assertThat(open).extracting(slot -> slot.start().atZone(UTC).toLocalDate()).contains(MONDAY.plusDays(1));
  }

  @Test
  void a_week_at_its_weekly_limit_offers_nothing_until_next_monday() {
    Availability availability = Availability.standard(UTC).withLimits(OptionalInt.empty(), OptionalInt.of(3));
    List<Interval> bookings = List.of(new Interval(utc("2025-03-10T09:00"), utc("2025-03-10T09:45")),
        new Interval(utc("2025-03-11T09:00"), utc("2025-03-11T09:45")),
        new Interval(utc("2025-03-12T09:00"), utc("2025-03-12T09:45")));

    List<Slot> slots = ENGINE.slots(query(availability, template(45), List.of(), bookings, SUNDAY_NOON, MONDAY,
        MONDAY.plusDays(7)));

    assertThat(slots).isNotEmpty();
    assertThat(slots).extracting(slot -> slot.start().atZone(UTC).toLocalDate()).containsOnly(MONDAY.plusDays(7));
  }

  @Test
  void hours_until_midnight_allow_a_slot_ending_at_midnight() {
    Availability availability = Availability.standard(UTC)
        .withWeeklyHours(WorkingHours.everyDay(new LocalTimeRange(LocalTime.of(23, 0), LocalTime.MAX)))
        .withSlotStep(Duration.ofMinutes(30));

    List<Slot> slots = ENGINE.slots(query(availability, template(30), List.of(), List.of(), SUNDAY_NOON, MONDAY,
        MONDAY));

    assertThat(slots).extracting(Slot::end).containsExactly(utc("2025-03-10T23:30"), utc("2025-03-11T00:00"));
  }

  @Test
  void the_candidate_s_dates_select_the_slots_and_render_in_their_zone() {
    ZoneId sydney = ZoneId.of("Australia/Sydney");
    Availability availability = Availability.standard(UTC)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("12:00", "14:00")))
        .withSlotStep(Duration.ofMinutes(60));

    // Sydney's Tuesday 11 March (+11:00) runs from 13:00Z Monday to 13:00Z Tuesday.
    List<Slot> slots = ENGINE.slots(new SlotQuery(availability, template(60), List.of(), List.of(), SUNDAY_NOON,
        MONDAY.plusDays(1), MONDAY.plusDays(1), sydney));

    assertThat(slots).extracting(Slot::start).containsExactly(utc("2025-03-10T13:00"), utc("2025-03-11T12:00"));
    assertThat(slots.get(0).in(sydney))
        .isEqualTo(new Slot.ZonedSlot(ZonedDateTime.parse("2025-03-11T00:00+11:00[Australia/Sydney]"),
            ZonedDateTime.parse("2025-03-11T01:00+11:00[Australia/Sydney]")));
  }

  private static SlotQuery query(Availability availability, InterviewTemplate template, List<Interval> busy,
      List<Interval> bookings, Instant now, LocalDate from, LocalDate to) {
    return new SlotQuery(availability, template, busy, bookings, now, from, to, availability.zone());
  }
}
