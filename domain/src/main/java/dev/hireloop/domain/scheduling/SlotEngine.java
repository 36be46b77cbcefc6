package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
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
    long notBefore = Math.max(nanos(query.now().plus(availability.minimumNotice())), nanos(rangeFrom));
    long rangeToNanos = nanos(rangeTo);
    long durationNanos = duration.toNanos();
    long beforeNanos = before.toNanos();
    long afterNanos = after.toNanos();

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
        long rangeEnd = nanos(endOf(day, range, rules, zone));
        LocalDateTime rangeStart = day.atTime(range.start());
        ZoneOffset steady = steadyOffset(rules, rangeStart, rangeEnd);
        for (long k = 0; ; k++) {
          LocalDateTime local = rangeStart.plusMinutes(k * stepMinutes);
          if (!local.toLocalDate().equals(day) || !local.toLocalTime().isBefore(range.end())) {
            break;
          }
          long start;
          if (steady != null) {
            start = local.toEpochSecond(steady) * 1_000_000_000L;
          } else if (rules.getValidOffsets(local).isEmpty()) {
            continue; // in the spring-forward gap
          } else {
            start = nanos(ZonedDateTime.ofLocal(local, zone, null).toInstant());
          }
          long end = start + durationNanos;
          if (end > rangeEnd || start >= rangeToNanos) {
            break;
          }
          if (start < notBefore) {
            continue;
          }
          if (blocks.free(start - beforeNanos, end + afterNanos)) {
            slots.add(new Slot(instant(start), instant(end)));
          }
        }
      }
    }
    return List.copyOf(slots);
  }

  /**
   * Busy time as disjoint sorted intervals in epoch nanoseconds, with a cursor that only moves forward. Starts and
   * ends are sorted separately (primitive sorts, no objects): how much is busy at any moment depends only on how
   * many intervals started and how many ended before it, so the union comes out of one merge of the two arrays.
   */
  private static final class Blocks {
    private final long[] starts;
    private final long[] ends;
    private final int size;
    private int cursor;

    private Blocks(long[] starts, long[] ends, int size) {
      this.starts = starts;
      this.ends = ends;
      this.size = size;
    }

    static Blocks of(List<Interval> busy, List<Interval> bookings, Duration before, Duration after) {
      int n = busy.size() + bookings.size();
      long[] starts = new long[n];
      long[] ends = new long[n];
      int i = 0;
      for (Interval interval : busy) {
        starts[i] = nanos(interval.start());
        ends[i++] = nanos(interval.end());
      }
      long beforeNanos = before.toNanos();
      long afterNanos = after.toNanos();
      for (Interval booking : bookings) {
        starts[i] = nanos(booking.start()) - beforeNanos;
        ends[i++] = nanos(booking.end()) + afterNanos;
      }
      Arrays.sort(starts);
      Arrays.sort(ends);
      long[] mergedStarts = new long[n];
      long[] mergedEnds = new long[n];
      int merged = 0;
      int open = 0;
      int s = 0;
      int e = 0;
      while (s < n) {
        if (starts[s] <= ends[e]) { // a start at the same moment as an end joins touching intervals
          if (open++ == 0) {
            mergedStarts[merged] = starts[s];
          }
          s++;
        } else {
          if (--open == 0) {
            mergedEnds[merged++] = ends[e];
          }
          e++;
        }
      }
      if (n > 0) {
        mergedEnds[merged++] = ends[n - 1];
      }
      return new Blocks(mergedStarts, mergedEnds, merged);
    }

    /** Whether {@code [from, to)} is free; calls must come with non-decreasing {@code from}. */
    boolean free(long from, long to) {
      while (cursor < size && ends[cursor] <= from) {
        cursor++;
      }
      return cursor == size || starts[cursor] >= to;
    }
  }

  /**
   * Epoch nanoseconds, saturated: a long covers 1677 to 2262, slot dates are limited to 1900–2200 (see
   * {@link SlotQuery}), so clamping a busy interval reaching beyond changes no answer.
   */
  static long nanos(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds >= Long.MAX_VALUE / 1_000_000_000L) {
      return Long.MAX_VALUE / 2;
    }
    if (seconds <= Long.MIN_VALUE / 1_000_000_000L) {
      return Long.MIN_VALUE / 2;
    }
    return seconds * 1_000_000_000L + instant.getNano();
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

  /**
   * The one offset a working range is read in when no transition falls inside it (nearly always), so its starts
   * convert without a rules lookup each; null when the range meets a gap or an overlap.
   */
  private static ZoneOffset steadyOffset(ZoneRules rules, LocalDateTime rangeStart, long rangeEnd) {
    List<ZoneOffset> offsets = rules.getValidOffsets(rangeStart);
    if (offsets.size() != 1) {
      return null;
    }
    ZoneOffset offset = offsets.get(0);
    ZoneOffsetTransition next = rules.nextTransition(rangeStart.toInstant(offset));
    return next == null || nanos(next.getInstant()) >= rangeEnd ? offset : null;
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

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
