package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.port.in.recruiter.RecruiterView;
import dev.hireloop.port.in.scheduling.InterviewView;
import java.util.Locale;

/** One interview for its recruiter ({@code interview.mustache}); the join link when it is a web address. */
record InterviewPage(String pageTitle, String recruiterName, String title, String candidate, String candidateEmail,
    String status, String statusClass, String recruiterTime, String recruiterZone, String candidateTime,
    String candidateZone, String whereKind, String locationDetail, String joinHref, String cancellationReason,
    int rescheduleCount) {

  static InterviewPage of(RecruiterView recruiter, InterviewView interview) {
    String detail = interview.locationDetail();
    String lower = detail.toLowerCase(Locale.ROOT);
    String join = interview.locationKind() == LocationKind.VIDEO
        && (lower.startsWith("https://") || lower.startsWith("http://")) ? detail : null;
    return new InterviewPage(interview.title() + " with " + interview.candidateName(), recruiter.name(),
        interview.title(),
        interview.candidateName(), interview.candidateEmail().map(Object::toString).orElse(null),
        statusLabel(interview.status()), "status status-" + interview.status().name().toLowerCase(Locale.ROOT),
        TimeText.interval(interview.slot(), recruiter.timeZone()),
        TimeText.zone(recruiter.timeZone(), interview.slot().start()),
        TimeText.interval(interview.slot(), interview.candidateTimeZone()),
        TimeText.zone(interview.candidateTimeZone(), interview.slot().start()), Where.kind(interview.locationKind()),
        detail, join, interview.cancellationReason().orElse(null), interview.rescheduleCount());
  }

  static String statusLabel(BookingStatus status) {
    return switch (status) {
      case PENDING -> "Not booked";
      case CONFIRMED -> "Confirmed";
      case COMPLETED -> "Completed";
      case CANCELLED -> "Cancelled";
      case NO_SHOW -> "No-show";
    };
  }
}
