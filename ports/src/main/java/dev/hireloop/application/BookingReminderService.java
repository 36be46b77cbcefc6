package dev.hireloop.application;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.port.in.notification.ReminderOutcome;
import dev.hireloop.port.in.notification.SendBookingReminderUseCase;
import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.StoredEmail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the reminder e-mails of a booking when its timer fires: one to the candidate (if the profile has an
 * address) and one to the recruiter, each in the recipient's zone, with the calendar file (REQUEST, the booking's
 * current SEQUENCE) when a {@link CalendarFiles} is configured; {@code QUEUED} for the sender, or {@code KEPT}
 * without a mail transport. Everything is re-checked against the booking as it is now, because the timer may be
 * stale (the booking moved or ended since it was set). Thread-safe: stateless apart from its collaborators.
 */
final class BookingReminderService implements SendBookingReminderUseCase {
  /** How long before the interview the reminder goes out. */
  static final Duration LEAD = Duration.ofHours(24);
  /** A timer may fire a little early (clock skew between nodes); that still counts as on time. */
  static final Duration LEEWAY = Duration.ofMinutes(1);
  private static final Logger LOG = LoggerFactory.getLogger(BookingReminderService.class);

  private enum Role { CANDIDATE, RECRUITER }

  private final ServiceContext context;
  private final boolean queued;
  private final Optional<CalendarFiles> calendarFiles;
  private final EmailAddress from;
  private final BookingEmails emails = new BookingEmails();

  /** @param queued whether a mail transport is configured (messages are then queued, otherwise kept) */
  BookingReminderService(ServiceContext context, boolean queued, Optional<CalendarFiles> calendarFiles,
      EmailAddress from) {
    this.context = context;
    this.queued = queued;
    this.calendarFiles = calendarFiles;
    this.from = from;
  }

  @Override
  public ReminderOutcome sendReminder(BookingId bookingId) {
    Check.notNull(bookingId, "bookingId");
    ReminderOutcome outcome = context.inTransaction(() -> remind(bookingId));
    LOG.debug("Reminder for booking {}: {}", bookingId, outcome);
    return outcome;
  }

  private ReminderOutcome remind(BookingId bookingId) {
    Instant now = context.now();
    Optional<Booking> found = context.persistence().bookings().findById(bookingId);
    if (found.isEmpty()) {
      return new ReminderOutcome.Skipped("the booking no longer exists");
    }
    Booking booking = found.get();
    if (booking.status() != BookingStatus.CONFIRMED || booking.slot().isEmpty()) {
      return new ReminderOutcome.Skipped("the booking is " + booking.status().name().toLowerCase(Locale.ROOT));
    }
    Interval slot = booking.slot().get();
    if (!slot.start().isAfter(now)) {
      return new ReminderOutcome.Skipped("the interview has started");
    }
    Instant due = slot.start().minus(LEAD);
    if (now.isBefore(due.minus(LEEWAY))) {
      return new ReminderOutcome.Early(due);
    }
    Optional<Recruiter> recruiter = context.persistence().recruiters().findById(booking.recruiterId());
    if (recruiter.isEmpty()) {
      return new ReminderOutcome.Skipped("the recruiter no longer exists");
    }
    Optional<Profile> profile = context.persistence().profiles().findById(booking.profileId())
        .filter(candidate -> candidate.recruiterId().equals(booking.recruiterId()));
    Optional<EventType> eventType = booking.eventTypeId()
        .flatMap(id -> context.persistence().eventTypes().findById(id))
        .filter(type -> type.recruiterId().equals(booking.recruiterId()));
    Composition composition = new Composition(booking, slot, recruiter.get(), profile, eventType, now);
    int stored = 0;
    for (EmailMessage message : composition.messages()) {
      if (context.persistence().emails().findById(message.id()).isPresent()) {
        continue;
      }
      StoredEmail email = queued
          ? new StoredEmail(message, booking.recruiterId(), BookingEmails.Kind.REMINDER.purpose, EmailStatus.QUEUED,
              0, Optional.empty(), now, now, Optional.empty(), Optional.of(now), Version.initial())
          : new StoredEmail(message, booking.recruiterId(), BookingEmails.Kind.REMINDER.purpose, EmailStatus.KEPT,
              0, Optional.empty(), now, now, Optional.empty(), Optional.empty(), Version.initial());
      context.persistence().emails().save(email);
      stored++;
      LOG.info("Reminder e-mail {} for booking {}: {}", message.id(), booking.id(), email.status());
    }
    return new ReminderOutcome.Stored(stored);
  }

  /** Name-based on (booking, slot start, role): a second firing for the same slot finds the stored messages. */
  static UUID messageId(BookingId bookingId, Instant start, Enum<?> role) {
    return UUID.nameUUIDFromBytes((BookingReminderHandler.NAME + ":" + bookingId.value() + ":" + start + ":"
        + role.name().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
  }

  /** The reminder messages of one booking. */
  private final class Composition {
    private final Booking booking;
    private final Interval slot;
    private final Recruiter recruiter;
    private final Optional<Email> candidateEmail;
    private final String candidateName;
    private final String title;
    private final LocationKind locationKind;
    private final String locationDetail;
    private final Instant now;

    Composition(Booking booking, Interval slot, Recruiter recruiter, Optional<Profile> profile,
        Optional<EventType> eventType, Instant now) {
      this.booking = booking;
      this.slot = slot;
      this.recruiter = recruiter;
      this.candidateEmail = profile.flatMap(found -> found.details().email());
      this.candidateName = profile.map(found -> found.details().fullName()).orElse("the candidate");
      this.title = eventType.map(type -> type.template().name())
          .orElse(booking.durationMinutes() + "-minute interview");
      this.locationKind = eventType.map(type -> type.template().locationKind()).orElse(LocationKind.VIDEO);
      this.locationDetail = eventType.map(type -> type.template().locationDetail()).orElse("");
      this.now = now;
    }

    List<EmailMessage> messages() {
      List<EmailMessage> messages = new ArrayList<>();
      candidateEmail.ifPresent(email -> messages.add(message(Role.CANDIDATE)));
      messages.add(message(Role.RECRUITER));
      return messages;
    }

    private EmailMessage message(Role role) {
      EmailAddress recruiterAddress = EmailAddress.of(recruiter.name(), recruiter.email());
      Optional<EmailAddress> candidateAddress = candidateEmail.map(email -> EmailAddress.of(candidateName, email));
      ZoneId zone = role == Role.CANDIDATE ? booking.candidateTimeZone() : recruiter.timeZone();
      ZoneId otherZone = role == Role.CANDIDATE ? recruiter.timeZone() : booking.candidateTimeZone();
      BookingEmails.Composed composed = emails.compose(new BookingEmails.Content(BookingEmails.Kind.REMINDER,
          booking.id().value().toString(), title, role == Role.CANDIDATE ? recruiter.name() : candidateName,
          slot, Optional.empty(), zone, otherZone,
          role == Role.CANDIDATE ? "interviewer's time" : "candidate's time", locationKind, locationDetail));
      List<EmailAttachment> attachments = new ArrayList<>();
      calendarFiles.ifPresent(files -> {
        CalendarInvite invite = new CalendarInvite("booking-" + booking.id().value() + "@hireloop",
            booking.reschedules().size(), CalendarInvite.Method.REQUEST, title, composed.text(),
            BookingEmails.location(locationKind, locationDetail), slot, zone, recruiterAddress,
            candidateAddress.map(List::of).orElse(List.of()), now);
        attachments.add(new EmailAttachment("invite.ics", files.contentType(invite), files.write(invite)));
      });
      EmailAddress to = role == Role.CANDIDATE ? candidateAddress.orElseThrow() : recruiterAddress;
      Optional<EmailAddress> replyTo = role == Role.CANDIDATE ? Optional.of(recruiterAddress) : candidateAddress;
      return new EmailMessage(messageId(booking.id(), slot.start(), role), from, List.of(to), replyTo,
          composed.subject(), composed.text(), Optional.of(composed.html()), attachments);
    }
  }
}
