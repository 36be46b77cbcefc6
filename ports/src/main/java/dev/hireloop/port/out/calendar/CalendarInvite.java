package dev.hireloop.port.out.calendar;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.port.out.notification.EmailAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a calendar file (RFC 5545) describes: one interview. {@code uid} is stable per booking and {@code sequence}
 * rises with every reschedule, so calendar apps update the event instead of adding another; {@code zone} is the
 * zone the event's times are written in (with its VTIMEZONE), normally the recipient's.
 */
public record CalendarInvite(String uid, int sequence, Method method, String summary, String description,
    String location, Interval when, ZoneId zone, EmailAddress organizer, List<EmailAddress> attendees,
    Instant stamp) {
  /** iTIP method: a new or moved event, or its cancellation. */
  public enum Method { REQUEST, CANCEL }

  public CalendarInvite {
    uid = Check.text(uid, "uid", 255);
    Check.range(sequence, "sequence", 0, 100_000);
    Check.notNull(method, "method");
    summary = Check.text(summary, "summary", 300);
    description = Check.bounded(Check.notNull(description, "description"), "description", 10_000);
    location = Check.bounded(Check.notNull(location, "location"), "location", 1_000);
    Check.notNull(when, "when");
    Check.notNull(zone, "zone");
    Check.notNull(organizer, "organizer");
    attendees = Check.list(attendees, "attendees", 50);
    Check.notNull(stamp, "stamp");
  }
}
