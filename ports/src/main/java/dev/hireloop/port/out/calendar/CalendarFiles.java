package dev.hireloop.port.out.calendar;

/** Writes calendar files (RFC 5545 iCalendar with iTIP METHOD) for invitations, updates and cancellations. */
public interface CalendarFiles {
  /** The {@code .ics} content, UTF-8, CRLF line endings, lines folded at 75 octets. */
  byte[] write(CalendarInvite invite);

  /** The attachment content type for {@code invite}, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}. */
  default String contentType(CalendarInvite invite) {
    return "text/calendar; method=" + invite.method().name() + "; charset=UTF-8";
  }
}
