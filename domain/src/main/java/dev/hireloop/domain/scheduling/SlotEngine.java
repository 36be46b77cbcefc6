package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an interviewer's availability, busy times and existing bookings into bookable slots. Stateless and pure:
 * {@code now} is passed in.
 *
 * <p>Rules, in the interviewer's zone unless said otherwise:
 * <ul>
 *   <li>Slot starts are local times: each working range of a date (overrides applied) is walked from its start in
 *       steps of {@code slotStep}; a slot must end (start instant + duration) by the range's end instant.</li>
 *   <li>Daylight saving: a start whose local time does not exist (the spring-forward gap) is skipped, never moved;
 *       a start whose local time occurs twice (the fall-back overlap) yields one slot, at the earlier offset, i.e.
 *       the first occurrence. A range that ends at a local time in the gap ends when the clocks jump; one that
 *       ends in the overlap ends at its first occurrence. Zones with :30 and :45 offsets need nothing special: everything goes through {@code ZoneRules}.</li>
 *   <li>Buffers: a slot is kept when {@code [start - bufferBefore, end + bufferAfter)} overlaps no busy interval
 *       as the provider reported it, and no booking widened the same way to
 *       {@code [start - bufferBefore, end + bufferAfter)}; the booking store's exclusion constraint uses the same
 *       buffered ranges, so the engine never offers what the store would refuse. Bookings are widened with the
 *       current buffers.</li>
 *   <li>Notice and window: start ≥ {@code now + minimumNotice}; the start's local date is within
 *       {@code windowDays} dates from today (today included), and after today when {@code noSameDay} is set.</li>
 *   <li>Limits: a date is skipped when the bookings starting on it reach {@code maxPerDay}, or the bookings in its
 *       ISO week reach {@code maxPerWeek}; the caller passes every active booking of the weeks concerned.</li>
 *   <li>The query's dates are the candidate's: a slot is returned when its start falls on {@code from..to} in the
 *       candidate's zone.</li>
 * </ul>
 * Results are sorted by start and unique. Busy intervals and bookings are sorted and merged once, then swept
 * together with the (already ordered) candidate slots, so the cost is O(b log b + s), not O(b × s).
 */
public final class SlotEngine {

  public List<Slot> slots(SlotQuery query) {
    Availability availability = query.availability();
    ZoneId zone = availability.zone();
    ZoneRules rules = zone.getRules();
    Duration duration = query.template().duration();
    Duration before = availability.bufferBefore();
    Duration after = availability.bufferAfter();
    long stepMinutes = availability.slotStep().toMinutes();

    Instant rangeFrom = query.from().atStartOfDay(query.candidateZone()).toInstant();
    Instant rangeTo = query.to().plusDays(1).atStartOfDay(query.candidateZone()).toInstant();
    Instant notBefore = later(query.now().plus(availability.minimumNotice()), rangeFrom);

    LocalDate today = query.now().atZone(zone).toLocalDate();
    LocalDate firstDay = latest(availability.noSameDay() ? today.plusDays(1) : today,
        rangeFrom.atZone(zone).toLocalDate());
    LocalDate lastDay = earliest(today.plusDays(availability.windowDays() - 1L), rangeTo.atZone(zone).toLocalDate());

    Blocks blocks = Blocks.of(query.busy(), query.bookings(), before, after);
    Limits limits = Limits.of(availability, query.bookings());
    Map<LocalDate, DateOverride> overrides = availability.overridesByDate();

    List<Slot> slots = new ArrayList<>();
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      if (limits.reached(day)) {
        continue;
      }
      List<LocalTimeRange> weekly = availability.weeklyHours().on(day.getDayOfWeek());
      DateOverride override = overrides.get(day);
      for (LocalTimeRange range : override == null ? weekly : override.apply(weekly)) {
        Instant rangeEnd = endOf(day, range, rules, zone);
        LocalDateTime rangeStart = day.atTime(range.start());
        for (long k = 0; ; k++) {
          LocalDateTime local = rangeStart.plusMinutes(k * stepMinutes);
          if (!local.toLocalDate().equals(day) || !local.toLocalTime().isBefore(range.end())) {
            break;
          }
          if (rules.getValidOffsets(local).isEmpty()) {
            continue; // in the spring-forward gap
          }
          Instant start = ZonedDateTime.ofLocal(local, zone, null).toInstant();
          Instant end = start.plus(duration);
          if (end.isAfter(rangeEnd) || !start.isBefore(rangeTo)) {
            break;
          }
          if (start.isBefore(notBefore)) {
            continue;
          }
          if (blocks.free(start.minus(before), end.plus(after))) {
            slots.add(new Slot(start, end));
          }
        }
      }
    }
    return List.copyOf(slots);
  }

  /** Busy time as disjoint sorted intervals, with a cursor that only moves forward. */
  private static final class Blocks {
    private final Instant[] starts;
    private final Instant[] ends;
    private int cursor;

    private Blocks(Instant[] starts, Instant[] ends) {
      this.starts = starts;
      this.ends = ends;
    }

    static Blocks of(List<Interval> busy, List<Interval> bookings, Duration before, Duration after) {
      List<Interval> all = new ArrayList<>(busy.size() + bookings.size());
      all.addAll(busy);
      for (Interval booking : bookings) {
        all.add(new Interval(booking.start().minus(before), booking.end().plus(after)));
      }
      all.sort(Comparator.comparing(Interval::start));
      Instant[] starts = new Instant[all.size()];
      Instant[] ends = new Instant[all.size()];
      int n = 0;
      for (Interval interval : all) {
        if (n > 0 && !interval.start().isAfter(ends[n - 1])) {
          if (interval.end().isAfter(ends[n - 1])) {
            ends[n - 1] = interval.end();
          }
        } else {
          starts[n] = interval.start();
          ends[n] = interval.end();
          n++;
        }
      }
      return new Blocks(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** Whether {@code [from, to)} is free; calls must come with non-decreasing {@code from}. */
    boolean free(Instant from, Instant to) {
      while (cursor < starts.length && !ends[cursor].isAfter(from)) {
        cursor++;
      }
      return cursor == starts.length || !starts[cursor].isBefore(to);
    }
  }

  /** Bookings counted per local date and per ISO week (keyed by its Monday). */
  private record Limits(Availability availability, Map<LocalDate, Integer> perDay, Map<LocalDate, Integer> perWeek) {
    static Limits of(Availability availability, List<Interval> bookings) {
      Map<LocalDate, Integer> perDay = new HashMap<>();
      Map<LocalDate, Integer> perWeek = new HashMap<>();
      if (availability.maxPerDay().isPresent() || availability.maxPerWeek().isPresent()) {
        for (Interval booking : bookings) {
          LocalDate date = booking.start().atZone(availability.zone()).toLocalDate();
          perDay.merge(date, 1, Integer::sum);
          perWeek.merge(monday(date), 1, Integer::sum);
        }
      }
      return new Limits(availability, perDay, perWeek);
    }

    boolean reached(LocalDate day) {
      return availability.maxPerDay().isPresent()
          && perDay.getOrDefault(day, 0) >= availability.maxPerDay().getAsInt()
          || availability.maxPerWeek().isPresent()
          && perWeek.getOrDefault(monday(day), 0) >= availability.maxPerWeek().getAsInt();
    }

    private static LocalDate monday(LocalDate date) {
      return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
  }

  /** Midnight for "until midnight"; the moment the clocks jump for an end in the gap; else the earlier offset. */
  static Instant endOf(LocalDate day, LocalTimeRange range, ZoneRules rules, ZoneId zone) {
    if (range.end().equals(LocalTime.MAX)) {
      return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
    LocalDateTime end = day.atTime(range.end());
    if (rules.getValidOffsets(end).isEmpty()) {
      return rules.getTransition(end).getInstant();
    }
    return ZonedDateTime.ofLocal(end, zone, null).toInstant();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
