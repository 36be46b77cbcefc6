package dev.hireloop.application;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingCancelled;
import dev.hireloop.domain.booking.BookingConfirmed;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingRescheduled;
import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.Notifier;
import dev.hireloop.port.out.notification.StoredEmail;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the candidate and the recruiter about a confirmed, moved or cancelled booking: one message each (only the
 * recruiter's when the profile has no e-mail address), with a calendar file when a {@link CalendarFiles} is
 * configured, every message stored in the e-mail outbox. Without a {@link Notifier} the outbox is the delivery
 * ({@code KEPT}); with one, each message is stored {@code QUEUED} and sent later, outside this transaction, by
 * {@link SendQueuedEmailsService} (so a slow or failing mail server never holds or fails the event's delivery).
 *
 * <p>Message ids are name-based UUIDs of (event id, recipient role), so a redelivery finds the stored message and
 * skips it, and a resend reuses the Message-ID the SMTP adapter sets, letting mail systems drop the duplicate.
 * Registered by {@link Hireloop} itself under {@value #NAME}.
 */
final class BookingEmailHandler implements EventHandler {
  static final String NAME = "booking-emails";
  private static final Logger LOG = LoggerFactory.getLogger(BookingEmailHandler.class);

  private enum Role { CANDIDATE, RECRUITER }

  private final ServiceContext context;
  private final Optional<Notifier> notifier;
  private final Optional<CalendarFiles> calendarFiles;
  private final EmailAddress from;
  private final BookingEmails emails = new BookingEmails();

  BookingEmailHandler(ServiceContext context, Optional<Notifier> notifier, Optional<CalendarFiles> calendarFiles,
      EmailAddress from) {
    this.context = context;
    this.notifier = notifier;
    this.calendarFiles = calendarFiles;
    this.from = from;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(DomainEvent event) {
    return event instanceof BookingConfirmed || event instanceof BookingRescheduled
        || event instanceof BookingCancelled;
  }

  @Override
  public void handle(DomainEvent event) {
    BookingId bookingId;
    if (event instanceof BookingConfirmed confirmed) {
      bookingId = confirmed.bookingId();
    } else if (event instanceof BookingRescheduled moved) {
      bookingId = moved.bookingId();
    } else if (event instanceof BookingCancelled cancelled) {
      bookingId = cancelled.bookingId();
    } else {
      return;
    }
    Optional<Booking> found = context.persistence().bookings().findById(bookingId)
        .filter(booking -> booking.recruiterId().equals(event.recruiterId()));
    Optional<Recruiter> recruiter = context.persistence().recruiters().findById(event.recruiterId());
    if (found.isEmpty() || recruiter.isEmpty()) {
      LOG.warn("Booking e-mails for event {}: booking or recruiter gone, nothing sent", event.eventId());
      return;
    }
    Booking booking = found.get();
    Change change;
    if (event instanceof BookingConfirmed confirmed) {
      change = new Change(BookingEmails.Kind.CONFIRMED, confirmed.slot(), Optional.empty(), 0,
          CalendarInvite.Method.REQUEST);
    } else if (event instanceof BookingRescheduled moved) {
      change = new Change(BookingEmails.Kind.RESCHEDULED, moved.to(), Optional.of(moved.from()),
          sequenceOf(booking, moved), CalendarInvite.Method.REQUEST);
    } else {
      if (booking.slot().isEmpty()) {
        // a booking link cancelled before the candidate picked a time: there is no interview to tell about
        LOG.debug("Booking e-mails for event {}: cancelled without a slot, nothing sent", event.eventId());
        return;
      }
      change = new Change(BookingEmails.Kind.CANCELLED, booking.slot().get(), Optional.empty(),
          booking.reschedules().size(), CalendarInvite.Method.CANCEL);
    }
    Optional<Profile> profile = context.persistence().profiles().findById(booking.profileId())
        .filter(candidate -> candidate.recruiterId().equals(booking.recruiterId()));
    Optional<EventType> eventType = booking.eventTypeId()
        .flatMap(id -> context.persistence().eventTypes().findById(id))
        .filter(type -> type.recruiterId().equals(booking.recruiterId()));
    new Composition(event, booking, recruiter.get(), profile, eventType, change).send();
  }

  /** SEQUENCE for a move: its place in the booking's history (a later move may already have happened). */
  private static int sequenceOf(Booking booking, BookingRescheduled moved) {
    List<Reschedule> history = booking.reschedules();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).from().equals(moved.from()) && history.get(i).to().equals(moved.to())) {
        return i + 1;
      }
    }
    return history.size();
  }

  private record Change(BookingEmails.Kind kind, Interval slot, Optional<Interval> previous, int sequence,
      CalendarInvite.Method method) {}

  /** The messages of one event. */
  private final class Composition {
    private final DomainEvent event;
    private final Booking booking;
    private final Recruiter recruiter;
    private final Optional<Email> candidateEmail;
    private final String candidateName;
    private final Change change;
    private final String title;
    private final LocationKind locationKind;
    private final String locationDetail;
    private final Instant now;

    Composition(DomainEvent event, Booking booking, Recruiter recruiter, Optional<Profile> profile,
        Optional<EventType> eventType, Change change) {
      this.event = event;
      this.booking = booking;
      this.recruiter = recruiter;
      this.candidateEmail = profile.flatMap(found -> found.details().email());
      this.candidateName = profile.map(found -> found.details().fullName()).orElse("the candidate");
      this.change = change;
      this.title = eventType.map(type -> type.template().name())
          .orElse(booking.durationMinutes() + "-minute interview");
      this.locationKind = eventType.map(type -> type.template().locationKind()).orElse(LocationKind.VIDEO);
      this.locationDetail = eventType.map(type -> type.template().locationDetail()).orElse("");
      this.now = context.now();
    }

    void send() {
      List<EmailMessage> messages = new ArrayList<>();
      candidateEmail.ifPresent(email -> messages.add(message(Role.CANDIDATE)));
      messages.add(message(Role.RECRUITER));
      for (EmailMessage message : messages) {
        if (context.persistence().emails().findById(message.id()).isPresent()) {
          continue;
        }
        StoredEmail stored;
        if (notifier.isEmpty()) {
          stored = new StoredEmail(message, booking.recruiterId(), change.kind().purpose, EmailStatus.KEPT, 0,
              Optional.empty(), now, now, Optional.empty(), Version.initial());
        } else {
          stored = new StoredEmail(message, booking.recruiterId(), change.kind().purpose, EmailStatus.QUEUED, 0,
              Optional.empty(), now, now, Optional.empty(), Optional.of(now), Version.initial());
        }
        context.persistence().emails().save(stored);
        LOG.info("Booking e-mail {} for booking {} ({}): {}", message.id(), booking.id(), change.kind().purpose,
            stored.status());
      }
    }

    private EmailMessage message(Role role) {
      EmailAddress recruiterAddress = EmailAddress.of(recruiter.name(), recruiter.email());
      Optional<EmailAddress> candidateAddress = candidateEmail.map(email -> EmailAddress.of(candidateName, email));
      ZoneId zone = role == Role.CANDIDATE ? booking.candidateTimeZone() : recruiter.timeZone();
      ZoneId otherZone = role == Role.CANDIDATE ? recruiter.timeZone() : booking.candidateTimeZone();
      BookingEmails.Composed composed = emails.compose(new BookingEmails.Content(change.kind(),
          booking.id().value().toString(), title, role == Role.CANDIDATE ? recruiter.name() : candidateName,
          change.slot(), change.previous(), zone, otherZone,
          role == Role.CANDIDATE ? "interviewer's time" : "candidate's time", locationKind, locationDetail));
      List<EmailAttachment> attachments = new ArrayList<>();
      calendarFiles.ifPresent(files -> {
        CalendarInvite invite = new CalendarInvite("booking-" + booking.id().value() + "@hireloop", change.sequence(),
            change.method(), title, composed.text(), BookingEmails.location(locationKind, locationDetail),
            change.slot(), zone, recruiterAddress, candidateAddress.map(List::of).orElse(List.of()), now);
        String fileName = change.method() == CalendarInvite.Method.CANCEL ? "cancel.ics" : "invite.ics";
        attachments.add(new EmailAttachment(fileName, files.contentType(invite), files.write(invite)));
      });
      EmailAddress to = role == Role.CANDIDATE ? candidateAddress.orElseThrow() : recruiterAddress;
      Optional<EmailAddress> replyTo = role == Role.CANDIDATE ? Optional.of(recruiterAddress) : candidateAddress;
      return new EmailMessage(messageId(event.eventId(), role), from, List.of(to), replyTo, composed.subject(),
          composed.text(), Optional.of(composed.html()), attachments);
    }
  }

  static UUID messageId(UUID eventId, Enum<?> role) {
    return UUID.nameUUIDFromBytes((NAME + ":" + eventId + ":" + role.name().toLowerCase(java.util.Locale.ROOT))
        .getBytes(StandardCharsets.UTF_8));
  }
}
