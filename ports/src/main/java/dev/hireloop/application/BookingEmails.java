package dev.hireloop.application;

import static dev.hireloop.application.PostingHtml.escape;

import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.Interval;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Composes the booking e-mails (confirmation, reschedule, cancellation, reminder): a subject, a plain-text body and a simple
 * HTML body with inline styles (what mail clients render), every interpolated value escaped. Times are written in
 * the recipient's zone first, then in the other party's. Pure and thread-safe.
 */
final class BookingEmails {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  /** Which change the message tells about. */
  enum Kind {
    CONFIRMED("booking.confirmed", "Interview confirmed", "is confirmed"),
    RESCHEDULED("booking.rescheduled", "Interview moved", "has moved to a new time"),
    CANCELLED("booking.cancelled", "Interview cancelled", "has been cancelled"),
    /** Sent 24 hours before the interview by the booking reminder. */
    REMINDER("booking.reminder", "Interview reminder", "is coming up");

    final String purpose;
    final String headline;
    final String verb;

    Kind(String purpose, String headline, String verb) {
      this.purpose = purpose;
      this.headline = headline;
      this.verb = verb;
    }
  }

  /**
   * Everything one message says. {@code otherParty} is the name of the person the recipient meets;
   * {@code previous} is the old slot of a reschedule; {@code manageUrl} is the candidate's page to reschedule or
   * cancel, when the host has candidate pages.
   */
  record Content(Kind kind, String bookingId, String title, String otherParty, Interval slot,
      Optional<Interval> previous, ZoneId recipientZone, ZoneId otherZone, String otherZoneLabel,
      LocationKind locationKind, String locationDetail, Optional<URI> manageUrl) {

    Content(Kind kind, String bookingId, String title, String otherParty, Interval slot, Optional<Interval> previous,
        ZoneId recipientZone, ZoneId otherZone, String otherZoneLabel, LocationKind locationKind,
        String locationDetail) {
      this(kind, bookingId, title, otherParty, slot, previous, recipientZone, otherZone, otherZoneLabel, locationKind,
          locationDetail, Optional.empty());
    }
  }

  record Composed(String subject, String text, String html) {}

  Composed compose(Content content) {
    String when = when(content.slot(), content.recipientZone());
    String subject = oneLine(content.kind().headline + ": " + content.title() + ", " + when);
    String where = location(content.locationKind(), content.locationDetail());
    String duration = content.slot().duration().toMinutes() + " minutes";
    String otherWhen = when(content.slot(), content.otherZone());
    String previous = content.previous().map(old -> when(old, content.recipientZone())).orElse("");

    StringBuilder text = new StringBuilder();
    text.append("Your interview \"").append(content.title()).append("\" with ").append(content.otherParty())
        .append(' ').append(content.kind().verb).append(".\n\n");
    text.append("What:     ").append(content.title()).append('\n');
    text.append(content.kind() == Kind.CANCELLED ? "Was:      " : "When:     ").append(when).append('\n');
    if (!content.otherZone().equals(content.recipientZone())) {
      text.append("          ").append(otherWhen).append(" (").append(content.otherZoneLabel()).append(")\n");
    }
    if (!previous.isEmpty()) {
      text.append("Before:   ").append(previous).append(" (no longer valid)\n");
    }
    text.append("Duration: ").append(duration).append('\n');
    text.append("Where:    ").append(where).append('\n');
    text.append("Booking:  ").append(content.bookingId()).append("\n\n");
    text.append(content.kind() == Kind.CANCELLED
        ? "The calendar entry is cancelled; the attached calendar file removes it from your calendar.\n"
        : "The attached calendar file adds it to your calendar.\n");
    content.manageUrl().ifPresent(url -> text.append("\nReschedule or cancel: ").append(url).append('\n'));
    text.append("\n-- \nSent by Hireloop\n");

    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html><body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;")
        .append("color:#1f2933;background:#ffffff\">");
    html.append("<h1 style=\"font-size:20px;margin:0 0 12px\">").append(escape(content.kind().headline))
        .append("</h1>");
    html.append("<p style=\"margin:0 0 16px\">Your interview <strong>").append(escape(content.title()))
        .append("</strong> with ").append(escape(content.otherParty())).append(' ')
        .append(escape(content.kind().verb)).append(".</p>");
    html.append("<table style=\"border-collapse:collapse\" role=\"presentation\">");
    row(html, "What", escape(content.title()));
    String whenCell = escape(when);
    if (!content.otherZone().equals(content.recipientZone())) {
      whenCell += "<br><span style=\"color:#52606d\">" + escape(otherWhen) + " (" + escape(content.otherZoneLabel())
          + ")</span>";
    }
    row(html, content.kind() == Kind.CANCELLED ? "Was" : "When", whenCell);
    if (!previous.isEmpty()) {
      row(html, "Before", "<s>" + escape(previous) + "</s>");
    }
    row(html, "Duration", escape(duration));
    row(html, "Where", escape(where));
    row(html, "Booking", escape(content.bookingId()));
    html.append("</table>");
    html.append("<p style=\"margin:16px 0 0;color:#52606d;font-size:13px\">")
        .append(content.kind() == Kind.CANCELLED
            ? "The attached calendar file removes the event from your calendar."
            : "The attached calendar file adds the event to your calendar.")
        .append("</p>");
    content.manageUrl().ifPresent(url -> html.append("<p style=\"margin:16px 0 0\">Reschedule or cancel: <a href=\"")
        .append(escape(url.toString())).append("\" style=\"color:#1f5fbf\">").append(escape(url.toString()))
        .append("</a></p>"));
    html.append("</body></html>");
    return new Composed(subject, text.toString(), html.toString());
  }

  /** {@code Monday 21 January 2030, 09:00–09:45 Europe/London (UTC)}, or {@code … 09:45 UTC} in UTC itself. */
  static String when(Interval slot, ZoneId zone) {
    var start = slot.start().atZone(zone);
    var end = slot.end().atZone(zone);
    String offset = start.getOffset().getId().equals("Z") ? "UTC" : "UTC" + start.getOffset().getId();
    // a zone that is UTC itself ("UTC", "Etc/UTC") needs no offset after its name
    String label = zone.normalized().equals(ZoneOffset.UTC) ? zone.getId() : zone.getId() + " (" + offset + ")";
    return WHEN.format(start) + "–" + TIME.format(end) + " " + label;
  }

  static String location(LocationKind kind, String detail) {
    return switch (kind) {
      case VIDEO -> detail.isEmpty() ? "Video call (the link follows separately)" : "Video call: " + detail;
      case PHONE -> detail.isEmpty() ? "Phone call" : "Phone call: " + detail;
      case ADDRESS -> detail.isEmpty() ? "In person" : detail;
    };
  }

  private static void row(StringBuilder html, String label, String escapedValue) {
    html.append("<tr><th style=\"text-align:left;vertical-align:top;padding:4px 12px 4px 0;color:#52606d;")
        .append("font-weight:normal\">").append(label).append("</th><td style=\"padding:4px 0\">")
        .append(escapedValue).append("</td></tr>");
  }

  private static String oneLine(String value) {
    String flat = value.replaceAll("[\\r\\n\\t]+", " ").strip();
    return flat.length() <= 300 ? flat : flat.substring(0, 299) + "…";
  }
}
