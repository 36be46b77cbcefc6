package dev.hireloop.application;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.persistence.Persistence;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the booking e-mails and the candidate's calendar file say about one booking, in one place, so that the file
 * a candidate downloads is the one they were e-mailed: same UID, same SEQUENCE, same words. Pure apart from
 * {@link #facts}, which reads the store.
 */
final class BookingInvites {
  private BookingInvites() {}

  /** The booking, its people and its template, as the messages describe them. */
  record Facts(Booking booking, Recruiter recruiter, Optional<Email> candidateEmail, String candidateName,
      String title, LocationKind locationKind, String locationDetail) {

    EmailAddress recruiterAddress() {
      return EmailAddress.of(recruiter.name(), recruiter.email());
    }

    Optional<EmailAddress> candidateAddress() {
      return candidateEmail.map(email -> EmailAddress.of(candidateName, email));
    }

    /** What the candidate's message says: times in the candidate's zone, then the interviewer's. */
    BookingEmails.Content toCandidate(BookingEmails.Kind kind, Interval slot, Optional<Interval> previous,
        Optional<URI> manageUrl) {
      return new BookingEmails.Content(kind, booking.id().value().toString(), title, recruiter.name(), slot, previous,
          booking.candidateTimeZone(), recruiter.timeZone(), "interviewer's time", locationKind, locationDetail,
          manageUrl);
    }

    /** What the recruiter's message says: times in the recruiter's zone, then the candidate's. */
    BookingEmails.Content toRecruiter(BookingEmails.Kind kind, Interval slot, Optional<Interval> previous) {
      return new BookingEmails.Content(kind, booking.id().value().toString(), title, candidateName, slot, previous,
          recruiter.timeZone(), booking.candidateTimeZone(), "candidate's time", locationKind, locationDetail,
          Optional.empty());
    }

    /** The calendar file's content, its times written in {@code zone} (the recipient's). */
    CalendarInvite invite(Interval slot, int sequence, CalendarInvite.Method method, ZoneId zone, String description,
        Instant now) {
      return new CalendarInvite(uid(booking), sequence, method, title, description,
          BookingEmails.location(locationKind, locationDetail), slot, zone, recruiterAddress(),
          candidateAddress().map(List::of).orElse(List.of()), now);
    }
  }

  /** The facts of {@code booking}; a missing profile or template is told about in general words. */
  static Facts facts(Persistence persistence, Booking booking, Recruiter recruiter) {
    Optional<Profile> profile = persistence.profiles().findById(booking.profileId())
        .filter(candidate -> candidate.recruiterId().equals(booking.recruiterId()));
    Optional<EventType> eventType = booking.eventTypeId()
        .flatMap(id -> persistence.eventTypes().findById(id))
        .filter(type -> type.recruiterId().equals(booking.recruiterId()));
    return new Facts(booking, recruiter, profile.flatMap(found -> found.details().email()),
        profile.map(found -> found.details().fullName()).orElse("the candidate"),
        eventType.map(type -> type.template().name()).orElse(booking.durationMinutes() + "-minute interview"),
        eventType.map(type -> type.template().locationKind()).orElse(LocationKind.VIDEO),
        eventType.map(type -> type.template().locationDetail()).orElse(""));
  }

  /** Stable per booking: calendar apps match an update or cancellation to the event by it. */
  static String uid(Booking booking) {
    return "booking-" + booking.id().value() + "@hireloop";
  }

  static String fileName(CalendarInvite.Method method) {
    return method == CalendarInvite.Method.CANCEL ? "cancel.ics" : "invite.ics";
  }
}
