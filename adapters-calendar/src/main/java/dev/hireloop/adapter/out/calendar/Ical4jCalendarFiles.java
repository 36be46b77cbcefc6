package dev.hireloop.adapter.out.calendar;

import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.notification.EmailAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes one interview as an iTIP calendar file (RFC 5545 / RFC 5546) with ical4j's model, folded and encoded here.
 *
 * <p>Time zones come from {@code java.time}, the slot engine's source, never from ical4j's bundled tz data:
 * <ul>
 *   <li>DTSTART/DTEND are handed to ical4j as the local date-time that {@code java.time} computes for the instant in
 *       the invite's zone, plus a TZID parameter. ical4j would convert a {@code ZonedDateTime} through its own zone
 *       rules; a local date-time it prints as it is.</li>
 *   <li>The VTIMEZONE ({@link ZoneRulesVTimeZone}) lists the zone's actual transitions from a year before the event
 *       to a year after it (and the one in force when that window opens), each as a one-off STANDARD or DAYLIGHT
 *       observance. That is exact for the event whatever the zone's history, where yearly RRULEs would have to
 *       approximate rules such as "last Sunday" or a zone that changed its rules recently.</li>
 *   <li>A local time that occurs twice (the hour repeated when clocks go back) means its first occurrence in
 *       RFC 5545 (3.3.5), so an event at the second one is written in UTC instead ({@code DTSTART:…Z}). A zone that
 *       is a bare offset ({@link ZoneOffset}) has no TZID in the tz database: its times are written in UTC too.</li>
 * </ul>
 *
 * <p>ical4j escapes TEXT values (backslash, semicolon, comma, newline) and quotes or RFC 6868-encodes parameter
 * values; its {@code FoldingWriter} counts UTF-16 characters, so {@link ContentLines} folds at 75 octets instead,
 * never inside a UTF-8 sequence. ical4j's time-zone update over the network is off by default and pinned off in
 * this module's {@code ical4j.properties}. Stateless, hence thread-safe; the same invite always gives the same bytes.
 */
public final class Ical4jCalendarFiles implements CalendarFiles {
  static final String PRODUCT_ID = "-//Hireloop//Hireloop//EN";
  static final Duration ALARM_BEFORE = Duration.ofMinutes(15);

  @Override
  public byte[] write(CalendarInvite invite) {
    return ContentLines.fold(calendar(invite).toString()).getBytes(StandardCharsets.UTF_8);
  }

  /** The ical4j model of the file, before folding; package-private for tests. */
  Calendar calendar(CalendarInvite invite) {
    boolean request = invite.method() == CalendarInvite.Method.REQUEST;
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(request ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
    boolean regionZone = !(invite.zone() instanceof ZoneOffset);
    if (regionZone) {
      // before the event: some consumers resolve a TZID only against a VTIMEZONE they have already read
      calendar.add(ZoneRulesVTimeZone.around(invite.zone(), invite.when().start(), invite.when().end()));
    }

    // VEvent(false): the default constructor would stamp the event with the system clock
    VEvent event = new VEvent(false);
    event.add(new Uid(invite.uid()));
    event.add(new Sequence(invite.sequence()));
    event.add(new DtStamp(invite.stamp().truncatedTo(ChronoUnit.SECONDS)));
    event.add(at(new DtStart<>(), invite.when().start(), invite.zone(), regionZone));
    event.add(at(new DtEnd<>(), invite.when().end(), invite.zone(), regionZone));
    event.add(new Summary(text(invite.summary())));
    event.add(new Description(text(invite.description())));
    if (!invite.location().isBlank()) {
      event.add(new Location(text(invite.location().strip())));
    }
    event.add(withName(new Organizer(mailto(invite.organizer())), invite.organizer()));
    for (EmailAddress attendee : invite.attendees()) {
      Attendee property = withName(new Attendee(mailto(attendee)), attendee);
      property.add(Role.REQ_PARTICIPANT);
      property.add(PartStat.NEEDS_ACTION);
      property.add(new Rsvp(true));
      event.add(property);
    }
    event.add(request ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);
    event.add(ImmutableTransp.OPAQUE);
    if (request) {
      VAlarm alarm = new VAlarm(ALARM_BEFORE.negated());
      alarm.add(ImmutableAction.DISPLAY);
      alarm.add(new Description(text("Reminder: " + invite.summary())));
      event.add(alarm);
    }
    calendar.add(event);
    return calendar;
  }

  /**
   * Sets {@code property} to {@code instant}: local time with a TZID when that names the instant unambiguously,
   * UTC otherwise (see the class comment).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Property at(DateProperty property, Instant instant, ZoneId zone, boolean regionZone) {
    Instant exact = instant.truncatedTo(ChronoUnit.SECONDS);
    if (!regionZone || isSecondOccurrence(exact, zone)) {
      property.setDate(exact);
      return property;
    }
    property.setDate(LocalDateTime.ofInstant(exact, zone));
    property.add(new TzId(zone.getId()));
    return property;
  }

  /** True when {@code instant}'s wall-clock time in {@code zone} also occurred earlier (clocks went back). */
  static boolean isSecondOccurrence(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    ZoneOffsetTransition transition = zone.getRules().getTransition(local.toLocalDateTime());
    return transition != null && transition.isOverlap() && local.getOffset().equals(transition.getOffsetAfter());
  }

  private static <P extends Property> P withName(P property, EmailAddress address) {
    address.name().map(Ical4jCalendarFiles::displayName).filter(name -> !name.isEmpty())
        .ifPresent(name -> property.add(new Cn(name)));
    return property;
  }

  /** A CN is one line: line breaks and tabs become spaces (ical4j RFC 6868-encodes the rest). */
  private static String displayName(String name) {
    return name.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  /**
   * iCalendar TEXT knows one line break, escaped as {@code \n}: CRLF and lone CR become LF before ical4j escapes.
   * Trailing blanks go: readers (ical4j's among them) drop them, and the same text should reach every reader.
   */
  private static String text(String value) {
    return value.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
  }

  /** The three-argument URI constructor percent-encodes what an address may hold but a URI may not ({@code {|}%#}). */
  private static URI mailto(EmailAddress address) {
    try {
      return new URI("mailto", address.address().value(), null);
    } catch (URISyntaxException e) {
      // unreachable for a validated address; the multi-argument constructor quotes every illegal character
      throw new IllegalStateException("mailto URI for a validated address", e);
    }
  }
}
