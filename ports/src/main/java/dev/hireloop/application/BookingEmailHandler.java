package dev.hireloop.application;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingCancelled;
import dev.hireloop.domain.booking.BookingConfirmed;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingRescheduled;
import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.notification.CandidateLinks;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.Notifier;
import dev.hireloop.port.out.notification.StoredEmail;
import java.net.URI;
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
 * ({@code KEPT}); with one, each message is sent and stored {@code SENT}, and a send failure throws so that the
 * dispatcher retries the whole event later (the booking itself is already committed and stays as it is).
 *
 * <p>With {@link CandidateLinks}, the candidate's confirmation and reschedule messages link to the candidate's
 * manage page, with a manage token for the booking's current slot (the same token on a redelivery).
 *
 * <p>Message ids are name-based UUIDs of (event id, recipient role), so a redelivery finds the stored message and
 * skips it, and a retry after a partly sent event reuses the Message-ID the SMTP adapter sets, letting mail
 * systems drop the duplicate. Registered by {@link Hireloop} itself under {@value #NAME}.
 */
final class BookingEmailHandler implements EventHandler {
  static final String NAME = "booking-emails";
  private static final Logger LOG = LoggerFactory.getLogger(BookingEmailHandler.class);

  private enum Role { CANDIDATE, RECRUITER }

  private final ServiceContext context;
  private final Optional<Notifier> notifier;
  private final Optional<CalendarFiles> calendarFiles;
  private final EmailAddress from;
  private final Optional<ManageLinks> manageLinks;
  private final BookingEmails emails = new BookingEmails();

  /** Links to the candidate's manage page: where the pages are, and the tokens that open them. */
  record ManageLinks(CandidateLinks pages, ManageTokens tokens) {}

  BookingEmailHandler(ServiceContext context, Optional<Notifier> notifier, Optional<CalendarFiles> calendarFiles,
      EmailAddress from) {
    this(context, notifier, calendarFiles, from, Optional.empty());
  }

  BookingEmailHandler(ServiceContext context, Optional<Notifier> notifier, Optional<CalendarFiles> calendarFiles,
      EmailAddress from, Optional<ManageLinks> manageLinks) {
    this.context = context;
    this.notifier = notifier;
    this.calendarFiles = calendarFiles;
    this.from = from;
    this.manageLinks = manageLinks;
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
    new Composition(event, BookingInvites.facts(context.persistence(), booking, recruiter.get()), change).send();
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
    private final BookingInvites.Facts facts;
    private final Booking booking;
    private final Change change;
    private final Instant now;

    Composition(DomainEvent event, BookingInvites.Facts facts, Change change) {
      this.event = event;
      this.facts = facts;
      this.booking = facts.booking();
      this.change = change;
      this.now = context.now();
    }

    void send() {
      List<EmailMessage> messages = new ArrayList<>();
      facts.candidateEmail().ifPresent(email -> messages.add(message(Role.CANDIDATE)));
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
          notifier.get().send(message);
          stored = new StoredEmail(message, booking.recruiterId(), change.kind().purpose, EmailStatus.SENT, 1,
              Optional.empty(), now, now, Optional.of(now), Version.initial());
        }
        context.persistence().emails().save(stored);
        LOG.info("Booking e-mail {} for booking {} ({}): {}", message.id(), booking.id(), change.kind().purpose,
            stored.status());
      }
    }

    private EmailMessage message(Role role) {
      EmailAddress recruiterAddress = facts.recruiterAddress();
      Optional<EmailAddress> candidateAddress = facts.candidateAddress();
      ZoneId zone = role == Role.CANDIDATE ? booking.candidateTimeZone() : facts.recruiter().timeZone();
      BookingEmails.Content content = role == Role.CANDIDATE
          ? facts.toCandidate(change.kind(), change.slot(), change.previous(), manageUrl())
          : facts.toRecruiter(change.kind(), change.slot(), change.previous());
      BookingEmails.Composed composed = emails.compose(content);
      List<EmailAttachment> attachments = new ArrayList<>();
      calendarFiles.ifPresent(files -> {
        CalendarInvite invite = facts.invite(change.slot(), change.sequence(), change.method(), zone,
            composed.text(), now);
        attachments.add(new EmailAttachment(BookingInvites.fileName(change.method()), files.contentType(invite),
            files.write(invite)));
      });
      EmailAddress to = role == Role.CANDIDATE ? candidateAddress.orElseThrow() : recruiterAddress;
      Optional<EmailAddress> replyTo = role == Role.CANDIDATE ? Optional.of(recruiterAddress) : candidateAddress;
      return new EmailMessage(messageId(event.eventId(), role), from, List.of(to), replyTo, composed.subject(),
          composed.text(), Optional.of(composed.html()), attachments);
    }

    /** The candidate's manage page, with a token for the booking's current slot: not for a cancellation. */
    private Optional<URI> manageUrl() {
      if (change.kind() == BookingEmails.Kind.CANCELLED || booking.slot().isEmpty()) {
        return Optional.empty();
      }
      return manageLinks.map(links -> links.pages().managePage(links.tokens().issue(booking).token()));
    }
  }

  static UUID messageId(UUID eventId, Enum<?> role) {
    return UUID.nameUUIDFromBytes((NAME + ":" + eventId + ":" + role.name().toLowerCase(java.util.Locale.ROOT))
        .getBytes(StandardCharsets.UTF_8));
  }
}
