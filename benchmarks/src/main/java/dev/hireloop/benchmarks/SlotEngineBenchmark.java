package dev.hireloop.benchmarks;

import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.scheduling.LocalTimeRange;
import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.scheduling.SlotEngine;
import dev.hireloop.domain.scheduling.SlotQuery;
import dev.hireloop.domain.scheduling.WorkingHours;
import dev.hireloop.domain.shared.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Slots for one interviewer's booking page: 30 days (across the March DST change) in Europe/London, weekdays
 * 09:00–12:00 and 13:00–17:30, 15-minute steps, a 45-minute interview with 10-minute buffers, 1,000 busy
 * intervals from a calendar and 40 of our bookings, shown to a candidate in New York; time per operation with
 * percentiles.
 * <ul>
 *   <li>{@code slotEngine}: {@link SlotEngine} — busy time sorted and merged once, then swept with the slots;</li>
 *   <li>{@code naiveScan}: the baseline — the same slot grid, each candidate checked against every busy interval
 *       and booking.</li>
 * </ul>
 * Both run once before measuring and must agree on a non-empty result, so a broken engine fails the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlotEngineBenchmark {
  static final int DAYS = 30;
  static final int BUSY_INTERVALS = 1_000;
  static final int BOOKINGS = 40;

  private final SlotEngine engine = new SlotEngine();
  private SlotQuery query;

  @Setup(Level.Trial)
  public void schedule() {
    ZoneId london = ZoneId.of("Europe/London");
    LocalDate from = LocalDate.of(2025, 3, 17);
    Instant now = from.atStartOfDay(london).toInstant().minus(Duration.ofHours(6));
    Availability availability = Availability.standard(london)
        .withWeeklyHours(WorkingHours.weekdays(LocalTimeRange.of("09:00", "12:00"),
            LocalTimeRange.of("13:00", "17:30")))
        .withBuffers(Duration.ofMinutes(10), Duration.ofMinutes(10))
        .withMinimumNotice(Duration.ofHours(4), false)
        .withLimits(OptionalInt.of(8), OptionalInt.of(30));
    Random random = new Random(42);
    query = new SlotQuery(availability, InterviewTemplate.defaultInterview(),
        randomIntervals(random, from, london, BUSY_INTERVALS, 10, 30),
        randomIntervals(random, from, london, BOOKINGS, 45, 45), now, from, from.plusDays(DAYS - 1L),
        ZoneId.of("America/New_York"));
    List<Slot> fast = slotEngine();
    if (fast.isEmpty() || !fast.equals(naiveScan())) {
      throw new IllegalStateException("the slot engine and the naive scan disagree");
    }
  }

  @Benchmark
  public List<Slot> slotEngine() {
    return engine.slots(query);
  }

  @Benchmark
  public List<Slot> naiveScan() {
    return naive(query);
  }

  /** Busy times at random minutes of the 30 days, day and night (shared calendars, other zones' meetings). */
  private static List<Interval> randomIntervals(Random random, LocalDate from, ZoneId zone, int count, int minMinutes,
      int maxMinutes) {
    List<Interval> intervals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDateTime local = from.plusDays(random.nextInt(DAYS)).atStartOfDay().plusMinutes(random.nextInt(24 * 60));
      Instant start = ZonedDateTime.ofLocal(local, zone, null).toInstant();
      intervals.add(Interval.of(start, Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1))));
    }
    return intervals;
  }

  /** The same rules as the engine, with every candidate checked against every busy interval and booking. */
  static List<Slot> naive(SlotQuery query) {
    Availability availability = query.availability();
    ZoneId zone = availability.zone();
    Duration duration = query.template().duration();
    LocalDate today = query.now().atZone(zone).toLocalDate();
    Instant rangeFrom = query.from().atStartOfDay(query.candidateZone()).toInstant();
    Instant rangeTo = query.to().plusDays(1).atStartOfDay(query.candidateZone()).toInstant();
    Instant notBefore = query.now().plus(availability.minimumNotice());
    List<Slot> slots = new ArrayList<>();
    LocalDate last = rangeTo.atZone(zone).toLocalDate();
    for (LocalDate day = rangeFrom.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      if (day.isBefore(availability.noSameDay() ? today.plusDays(1) : today)
          || !day.isBefore(today.plusDays(availability.windowDays())) || limitReached(query, day)) {
        continue;
      }
      for (LocalTimeRange range : availability.hoursOn(day)) {
        Instant rangeEnd = ZonedDateTime.ofLocal(day.atTime(range.end()), zone, null).toInstant();
        for (LocalDateTime local = day.atTime(range.start());
            local.toLocalDate().equals(day) && local.toLocalTime().isBefore(range.end());
            local = local.plus(availability.slotStep())) {
          if (zone.getRules().getValidOffsets(local).isEmpty()) {
            continue;
          }
          Instant start = ZonedDateTime.ofLocal(local, zone, null).toInstant();
          Instant end = start.plus(duration);
          if (end.isAfter(rangeEnd) || start.isBefore(notBefore) || start.isBefore(rangeFrom)
              || !start.isBefore(rangeTo)) {
            continue;
          }
          Interval buffered = new Interval(start.minus(availability.bufferBefore()),
              end.plus(availability.bufferAfter()));
          if (free(buffered, query, availability)) {
            slots.add(new Slot(start, end));
          }
        }
      }
    }
    return slots;
  }

  private static boolean free(Interval buffered, SlotQuery query, Availability availability) {
    for (Interval busy : query.busy()) {
      if (busy.overlaps(buffered)) {
        return false;
      }
    }
    for (Interval booking : query.bookings()) {
      Interval widened = new Interval(booking.start().minus(availability.bufferBefore()),
          booking.end().plus(availability.bufferAfter()));
      if (widened.overlaps(buffered)) {
        return false;
      }
    }
    return true;
  }

  private static boolean limitReached(SlotQuery query, LocalDate day) {
    Availability availability = query.availability();
    ZoneId zone = availability.zone();
    LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
    long onDay = 0;
    long inWeek = 0;
    for (Interval booking : query.bookings()) {
      LocalDate date = booking.start().atZone(zone).toLocalDate();
      onDay += date.equals(day) ? 1 : 0;
      inWeek += !date.isBefore(monday) && date.isBefore(monday.plusDays(7)) ? 1 : 0;
    }
    return availability.maxPerDay().isPresent() && onDay >= availability.maxPerDay().getAsInt()
        || availability.maxPerWeek().isPresent() && inWeek >= availability.maxPerWeek().getAsInt();
  }
}
