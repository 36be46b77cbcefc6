package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.port.in.candidate.CandidateBooking;
import dev.hireloop.port.in.scheduling.BookingLinkDetails;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The confirmation and manage page of one booking ({@code manage.mustache}): what, when in the candidate's zone
 * and in the interviewer's (each with its zone and UTC offset at that instant), where, the calendar links, and
 * reschedule and cancel while the booking is confirmed.
 *
 * @param locationHref the video link when it is a web address (shown as a link), else null
 */
record ManagePage(String pageTitle, String heading, String status, String statusClass, String title,
    String interviewer, String candidateTime, String candidateZone, String interviewerTime,
    String interviewerZone, String whereKind, String locationDetail, String locationHref, String icsHref,
    String googleHref, String outlookHref, String rescheduleHref, String cancelAction, boolean canChange,
    boolean cancelled, List<FormError> errors, String cancelError) {

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  static ManagePage of(CandidateBooking booking, List<FormError> errors, String cancelError) {
    BookingLinkDetails details = booking.details();
    String base = ManagePages.path(booking.manageToken());
    Interval slot = details.slot().orElseThrow(() -> new IllegalStateException("a managed booking has a slot"));
    ZoneId candidate = details.candidateTimeZone();
    ZoneId interviewer = details.interviewerTimeZone();
    String where = Where.kind(details.locationKind());
    String detail = details.locationDetail().orElse(null);
    String href = detail != null && details.locationKind() == LocationKind.VIDEO && isWebAddress(detail) ? detail
        : null;
    String calendarLocation = detail == null ? where : detail;
    String calendarDetails = details.title() + " with " + details.interviewerName() + ". "
        + details.description();
    boolean cancelled = details.status() == BookingStatus.CANCELLED;
    boolean confirmed = details.status() == BookingStatus.CONFIRMED;
    String heading = switch (details.status()) {
      case CONFIRMED -> "Your interview is booked";
      case CANCELLED -> "Your interview was cancelled";
      case COMPLETED -> "Your interview has taken place";
      case NO_SHOW -> "This interview was missed";
      case PENDING -> "Your interview is not booked yet";
    };
    return new ManagePage(heading, heading, statusLabel(details.status()),
        "status status-" + details.status().name().toLowerCase(Locale.ROOT), details.title(),
        details.interviewerName(), TimeText.interval(slot, candidate), TimeText.zone(candidate, slot.start()),
        TimeText.interval(slot, interviewer), TimeText.zone(interviewer, slot.start()), where, detail, href,
        base + "/calendar.ics", CalendarLinks.google(details.title(), calendarDetails, calendarLocation, slot),
        CalendarLinks.outlook(details.title(), calendarDetails, calendarLocation, slot), base + "/reschedule",
        base + "/cancel", confirmed, cancelled, errors, cancelError);
  }

  private static String statusLabel(BookingStatus status) {
    return switch (status) {
      case PENDING -> "Not booked";
      case CONFIRMED -> "Confirmed";
      case COMPLETED -> "Completed";
      case CANCELLED -> "Cancelled";
      case NO_SHOW -> "Missed";
    };
  }

  private static boolean isWebAddress(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }
}
