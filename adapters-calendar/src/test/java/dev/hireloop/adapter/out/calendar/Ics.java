package dev.hireloop.adapter.out.calendar;

import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.calendar.CalendarInvite.Method;
import dev.hireloop.port.out.notification.EmailAddress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/** Test helpers: invites, and reading a written file back the way a calendar app would. */
final class Ics {
  static final Instant STAMP = Instant.parse("2026-02-01T09:30:00.250Z");
  static final EmailAddress RECRUITER = EmailAddress.of("Ada Recruiter", Email.of("ada@hireloop.example"));
  static final EmailAddress CANDIDATE = EmailAddress.of("Bob Candidate", Email.of("bob@candidate.example"));

  private Ics() {}

  static CalendarInvite invite(Method method, int sequence, Instant start, Duration length, ZoneId zone) {
    return new CalendarInvite("booking-0b5c7a1e@hireloop.example", sequence, method, "Interview: Backend Engineer",
        "Technical interview with the hiring team.", "https://meet.example.com/abc-defg-hij",
        Interval.of(start, length), zone, RECRUITER, List.of(CANDIDATE, RECRUITER), STAMP);
  }

  static CalendarInvite request(Instant start, ZoneId zone) {
    return invite(Method.REQUEST, 0, start, Duration.ofMinutes(45), zone);
  }

  static Calendar parse(byte[] ics) {
    try {
      return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("ical4j could not parse the file", e);
    }
  }

  static VEvent event(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    if (events.size() != 1) {
      throw new AssertionError("expected one VEVENT, found " + events.size());
    }
    return events.get(0);
  }

  static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
    return container.<Property>getProperty(name).map(Property::getValue)
        .orElseThrow(() -> new AssertionError("no " + name));
  }

  /** The instant ical4j reads from a DTSTART or DTEND (with whatever zone it resolves the TZID to). */
  static Instant instantOf(VEvent event, String name) {
    DateProperty<?> property = event.<DateProperty<?>>getProperty(name).orElseThrow(() -> new AssertionError(name));
    Temporal date = property.getDate();
    return Instant.from(date);
  }

  /**
   * The offset the file's own VTIMEZONE gives for {@code instant}, worked out by hand from its observances (latest
   * onset at or before the instant, each onset being its local DTSTART in its TZOFFSETFROM), independent of
   * ical4j's tz data.
   */
  static ZoneOffset vtimezoneOffset(Calendar calendar, Instant instant) {
    List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
    if (zones.size() != 1) {
      throw new AssertionError("expected one VTIMEZONE, found " + zones.size());
    }
    return zones.get(0).getObservances().stream()
        .filter(observance -> !onset(observance).isAfter(instant))
        .max(Comparator.comparing(Ics::onset))
        .map(observance -> observance.<TzOffsetTo>getProperty(Property.TZOFFSETTO).orElseThrow().getOffset())
        .orElseThrow(() -> new AssertionError("no observance covers " + instant));
  }

  static Instant onset(Observance observance) {
    DateProperty<?> start = observance.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow();
    ZoneOffset from = observance.<TzOffsetFrom>getProperty(Property.TZOFFSETFROM).orElseThrow().getOffset();
    return LocalDateTime.from(start.getDate()).toInstant(from);
  }
}
