package dev.hireloop.adapter.out.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE written from {@code java.time}'s {@link ZoneRules}: one non-recurring observance per transition in
 * {@link #MARGIN} either side of the event, plus the transition in force when that window opens, so every instant
 * a consumer looks up near the event resolves to the offset the slot engine used.
 */
final class ZoneRulesVTimeZone {
  /** Enough for a consumer to show the event, its reminder and the weeks around it in the right offset. */
  static final Duration MARGIN = Duration.ofDays(366);
  /** The conventional onset of a zone that has never changed its offset (UTC, Etc/GMT+5). */
  private static final LocalDateTime NO_TRANSITION_ONSET = LocalDateTime.of(1970, 1, 1, 0, 0);

  private ZoneRulesVTimeZone() {}

  static VTimeZone around(ZoneId zone, Instant start, Instant end) {
    ZoneRules rules = zone.getRules();
    Instant windowStart = start.minus(MARGIN);
    Instant windowEnd = end.plus(MARGIN);
    List<Observance> observances = new ArrayList<>();
    // previousTransition is strictly before its argument: step a nanosecond on to include one at windowStart
    ZoneOffsetTransition transition = rules.previousTransition(windowStart.plusNanos(1));
    if (transition == null) {
      ZoneOffset offset = rules.getOffset(windowStart);
      observances.add(observance(false, NO_TRANSITION_ONSET, offset, offset));
      transition = rules.nextTransition(windowStart);
    }
    while (transition != null && !transition.getInstant().isAfter(windowEnd)) {
      observances.add(observance(rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
          transition.getOffsetBefore(), transition.getOffsetAfter()));
      transition = rules.nextTransition(transition.getInstant());
    }
    VTimeZone timeZone = new VTimeZone();
    timeZone.add(new TzId(zone.getId()));
    observances.forEach(timeZone::add);
    return timeZone;
  }

  /** RFC 5545 3.6.5: an observance's DTSTART is local time in the offset in force before it (TZOFFSETFROM). */
  private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to) {
    Observance observance = daylight ? new Daylight() : new Standard();
    observance.add(new DtStart<>(onset));
    observance.add(new TzOffsetFrom(from));
    observance.add(new TzOffsetTo(to));
    return observance;
  }
}
