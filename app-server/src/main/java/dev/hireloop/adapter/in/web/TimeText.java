package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.shared.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages write dates and times: 24-hour clock, English day and month names, and the zone with its UTC offset
 * at that very instant (so a time after a DST change shows the new offset). All conversion is java.time's, the
 * same tzdata as the slot engine and the e-mails.
 */
final class TimeText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private TimeText() {}

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  static String shortDay(LocalDate date) {
    return SHORT_DAY.format(date);
  }

  static String time(ZonedDateTime time) {
    return TIME.format(time);
  }

  /** {@code UTC}, {@code UTC+01:00}, {@code UTC-04:00}, {@code UTC+05:30}. */
  static String offset(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
  }

  /** {@code Europe/London (UTC+01:00)}: the zone's offset at {@code at}; UTC itself is just {@code UTC}. */
  static String zone(ZoneId zone, Instant at) {
    if (zone.normalized().equals(ZoneOffset.UTC)) {
      return zone.getId();
    }
    return zone.getId() + " (" + offset(zone.getRules().getOffset(at)) + ")";
  }

  /**
   * {@code Tuesday 8 January 2030, 09:00–09:45}, on the clock of {@code zone}; an interval that ends on another
   * day there names both days.
   */
  static String interval(Interval interval, ZoneId zone) {
    ZonedDateTime start = interval.start().atZone(zone);
    ZonedDateTime end = interval.end().atZone(zone);
    String until = start.toLocalDate().equals(end.toLocalDate()) ? time(end)
        : day(end.toLocalDate()) + ", " + time(end);
    return day(start.toLocalDate()) + ", " + time(start) + "–" + until;
  }
}
