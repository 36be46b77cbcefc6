package dev.hireloop.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random schedules around daylight-saving changes in zones with whole, half and quarter hour offsets: every
 * returned slot must keep every rule, and the engine must return exactly what a naive scan of every grid start
 * returns.
 */
class SlotEnginePropertiesTest {

  private static final int ITERATIONS = 500;
  private static final List<ZoneId> ZONES = List.of("UTC", "America/New_York", "Europe/London", "Australia/Sydney",
      "Asia/Kolkata", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham")
      .stream().map(ZoneId::of).toList();
  private static final List<LocalDate> TRANSITION_DATES = List.of("2025-03-09", "2025-03-30", "2025-04-06",
      "2025-10-05", "2025-10-26", "2025-11-02").stream().map(LocalDate::parse).toList();
  private static final int[] STEPS = {5, 10, 15, 20, 30, 45, 60, 90};
  private static final int[] DURATIONS = {15, 30, 45, 60, 90, 120};
  private static final int[] BUFFERS = {0, 0, 5, 10, 15, 30};
  private static final int[] NOTICE_HOURS = {0, 0, 1, 12, 30};

  private final SlotEngine engine = new SlotEngine();

  @Test
  void random_schedules_yield_only_valid_slots_and_all_of_them() {
    Random random = new Random(20251122L);
    long total = 0;
    long blockedByBusyTime = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      SlotQuery query = randomQuery(random);
      List<Slot> slots = engine.slots(query);

      assertValid(query, slots, i);
      assertThat(slots).as("iteration %d: %s", i, query).isEqualTo(naive(query, true));
      total += slots.size();
      blockedByBusyTime += naive(query, false).size() - slots.size();
    }
    // Guards against a generator that makes every check vacuous.
    assertThat(total).isGreaterThan(ITERATIONS * 10L);
    assertThat(blockedByBusyTime).isGreaterThan(ITERATIONS);
  }

  private static void assertValid(SlotQuery query, List<Slot> slots, int iteration) {
    Availability availability = query.availability();
    ZoneId zone = availability.zone();
    LocalDate today = query.now().atZone(zone).toLocalDate();
    for (int k = 0; k < slots.size(); k++) {
      Slot slot = slots.get(k);
      String context = "iteration " + iteration + ", slot " + slot;
      if (k > 0) {
        assertThat(slot.start()).as(context).isAfter(slots.get(k - 1).start());
      }
      assertThat(slot.interval().duration()).as(context).isEqualTo(query.template().duration());
      Interval buffered = new Interval(slot.start().minus(availability.bufferBefore()),
          slot.end().plus(availability.bufferAfter()));
      assertThat(query.busy()).as(context).noneMatch(buffered::overlaps);
      assertThat(query.bookings()).as(context).noneMatch(booking -> widened(booking, availability).overlaps(buffered));
      assertThat(slot.start()).as(context).isAfterOrEqualTo(query.now().plus(availability.minimumNotice()));
      assertThat(slot.in(query.candidateZone()).start().toLocalDate()).as(context)
          .isBetween(query.from(), query.to());
      LocalDate date = slot.start().atZone(zone).toLocalDate();
      assertThat(date).as(context).isBetween(availability.noSameDay() ? today.plusDays(1) : today,
          today.plusDays(availability.windowDays() - 1L));
      LocalTime localStart = slot.start().atZone(zone).toLocalTime();
      assertThat(availability.hoursOn(date)).as(context + " within working hours on the step grid").anySatisfy(range -> {
        assertThat(localStart).isAfterOrEqualTo(range.start());
        assertThat(ChronoUnit.MINUTES.between(range.start(), localStart) % availability.slotStep().toMinutes())
            .isZero();
        assertThat(slot.start()).isAfterOrEqualTo(localInstant(date, range.start(), zone));
        assertThat(slot.end()).isBeforeOrEqualTo(endInstant(date, range, zone));
      });
      availability.maxPerDay().ifPresent(max -> assertThat(query.bookings().stream()
          .filter(b -> b.start().atZone(zone).toLocalDate().equals(date)).count()).as(context).isLessThan(max));
      availability.maxPerWeek().ifPresent(max -> assertThat(query.bookings().stream()
          .filter(b -> monday(b.start().atZone(zone).toLocalDate()).equals(monday(date))).count()).as(context)
          .isLessThan(max));
    }
  }

  /** Every grid start checked against every rule by scanning all busy times; optionally ignoring busy times. */
  private static List<Slot> naive(SlotQuery query, boolean withBusyTime) {
    Availability availability = query.availability();
    ZoneId zone = availability.zone();
    LocalDate today = query.now().atZone(zone).toLocalDate();
    Duration duration = query.template().duration();
    List<Slot> expected = new ArrayList<>();
    for (LocalDate date = query.from().minusDays(2); !date.isAfter(query.to().plusDays(2)); date = date.plusDays(1)) {
      LocalDate day = date;
      boolean dayFull = availability.maxPerDay().isPresent() && query.bookings().stream()
          .filter(b -> b.start().atZone(zone).toLocalDate().equals(day)).count() >= availability.maxPerDay().getAsInt();
      boolean weekFull = availability.maxPerWeek().isPresent() && query.bookings().stream()
          .filter(b -> monday(b.start().atZone(zone).toLocalDate()).equals(monday(day)))
          .count() >= availability.maxPerWeek().getAsInt();
      if (dayFull || weekFull || date.isBefore(availability.noSameDay() ? today.plusDays(1) : today)
          || date.isAfter(today.plusDays(availability.windowDays() - 1L))) {
        continue;
      }
      for (LocalTimeRange range : availability.hoursOn(date)) {
        Instant rangeEnd = endInstant(date, range, zone);
        for (LocalDateTime local = date.atTime(range.start());
            local.toLocalDate().equals(date) && local.toLocalTime().isBefore(range.end());
            local = local.plus(availability.slotStep())) {
          if (zone.getRules().getValidOffsets(local).isEmpty()) {
            continue;
          }
          Instant start = ZonedDateTime.ofLocal(local, zone, null).toInstant();
          Instant end = start.plus(duration);
          Interval buffered = new Interval(start.minus(availability.bufferBefore()),
              end.plus(availability.bufferAfter()));
          LocalDate candidateDate = start.atZone(query.candidateZone()).toLocalDate();
          boolean free = !withBusyTime || query.busy().stream().noneMatch(buffered::overlaps)
              && query.bookings().stream().noneMatch(b -> widened(b, availability).overlaps(buffered));
          if (!end.isAfter(rangeEnd) && !start.isBefore(query.now().plus(availability.minimumNotice()))
              && !candidateDate.isBefore(query.from()) && !candidateDate.isAfter(query.to()) && free) {
            expected.add(new Slot(start, end));
          }
        }
      }
    }
    expected.sort((a, b) -> a.start().compareTo(b.start()));
    return expected;
  }

  private static SlotQuery randomQuery(Random random) {
    ZoneId zone = pick(random, ZONES);
    ZoneId candidateZone = pick(random, ZONES);
    LocalDate base = pick(random, TRANSITION_DATES).plusDays(random.nextInt(7) - 3);
    EnumMap<DayOfWeek, List<LocalTimeRange>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (random.nextInt(10) < 8) {
        days.put(day, randomRanges(random));
      }
    }
    List<DateOverride> overrides = new ArrayList<>();
    for (int d = -3; d <= 20; d++) {
      int roll = random.nextInt(12);
      LocalDate date = base.plusDays(d);
      if (roll == 0) {
        overrides.add(DateOverride.dayOff(date));
      } else if (roll == 1) {
        overrides.add(new DateOverride(date, DateOverride.Kind.REPLACE, randomRanges(random)));
      } else if (roll == 2) {
        overrides.add(new DateOverride(date, DateOverride.Kind.EXTRA, randomRanges(random)));
      }
    }
    Availability availability = new Availability(zone, new WorkingHours(days), overrides,
        Duration.ofMinutes(BUFFERS[random.nextInt(BUFFERS.length)]),
        Duration.ofMinutes(BUFFERS[random.nextInt(BUFFERS.length)]),
        Duration.ofHours(NOTICE_HOURS[random.nextInt(NOTICE_HOURS.length)]), random.nextInt(4) == 0,
        1 + random.nextInt(30), Duration.ofMinutes(STEPS[random.nextInt(STEPS.length)]),
        random.nextInt(3) == 0 ? OptionalInt.of(1 + random.nextInt(4)) : OptionalInt.empty(),
        random.nextInt(3) == 0 ? OptionalInt.of(1 + random.nextInt(12)) : OptionalInt.empty());
    InterviewTemplate template = SlotEngineDstTest.template(DURATIONS[random.nextInt(DURATIONS.length)]);
    Instant now = base.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60) - 2 * 24 * 60));
    List<Interval> busy = randomIntervals(random, now, random.nextInt(60), 240);
    List<Interval> bookings = randomIntervals(random, now, random.nextInt(10), 90);
    LocalDate from = now.atZone(candidateZone).toLocalDate().plusDays(random.nextInt(4) - 1);
    return new SlotQuery(availability, template, busy, bookings, now, from, from.plusDays(random.nextInt(15)),
        candidateZone);
  }

  private static List<LocalTimeRange> randomRanges(Random random) {
    int count = 1 + random.nextInt(3);
    List<Integer> quarters = new ArrayList<>();
    while (quarters.size() < 2 * count) {
      int quarter = random.nextInt(97);
      if (!quarters.contains(quarter)) {
        quarters.add(quarter);
      }
    }
    quarters.sort(Integer::compare);
    List<LocalTimeRange> ranges = new ArrayList<>();
    for (int i = 0; i < quarters.size(); i += 2) {
      ranges.add(new LocalTimeRange(quarterTime(quarters.get(i)), quarterTime(quarters.get(i + 1))));
    }
    return ranges;
  }

  private static LocalTime quarterTime(int quarter) {
    return quarter == 96 ? LocalTime.MAX : LocalTime.of(quarter / 4, quarter % 4 * 15);
  }

  private static List<Interval> randomIntervals(Random random, Instant now, int count, int maxMinutes) {
    List<Interval> intervals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant start = now.plus(Duration.ofMinutes(random.nextInt(26 * 24 * 60) - 24 * 60));
      intervals.add(Interval.of(start, Duration.ofMinutes(5 + random.nextInt(maxMinutes))));
    }
    return intervals;
  }

  private static Interval widened(Interval booking, Availability availability) {
    return new Interval(booking.start().minus(availability.bufferBefore()),
        booking.end().plus(availability.bufferAfter()));
  }

  /** When the local time is first reached: the jump itself for a time in the spring-forward gap. */
  private static Instant localInstant(LocalDate date, LocalTime time, ZoneId zone) {
    LocalDateTime local = date.atTime(time);
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      return zone.getRules().getTransition(local).getInstant();
    }
    return ZonedDateTime.ofLocal(local, zone, null).toInstant();
  }

  private static Instant endInstant(LocalDate date, LocalTimeRange range, ZoneId zone) {
    return range.end().equals(LocalTime.MAX) ? date.plusDays(1).atStartOfDay(zone).toInstant()
        : localInstant(date, range.end(), zone);
  }

  private static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
