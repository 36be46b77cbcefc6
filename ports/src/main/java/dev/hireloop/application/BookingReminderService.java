package dev.hireloop.application;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.port.in.notification.ReminderOutcome;
import dev.hireloop.port.in.notification.SendBookingReminderUseCase;
import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.StoredEmail;
import java.net.URI;
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
  private final Optional<BookingEmailHandler.ManageLinks> manageLinks;
  private final BookingEmails emails = new BookingEmails();

  /**
   * @param queued whether a mail transport is configured (messages are then queued, otherwise kept)
   * @param manageLinks the candidate's manage page, linked from the candidate's reminder when configured
   */
  BookingReminderService(ServiceContext context, boolean queued, Optional<CalendarFiles> calendarFiles,
      EmailAddress from, Optional<BookingEmailHandler.ManageLinks> manageLinks) {
    this.context = context;
    this.queued = queued;
    this.calendarFiles = calendarFiles;
    this.from = from;
    this.manageLinks = manageLinks;
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
    BookingInvites.Facts facts = BookingInvites.facts(context.persistence(), booking, recruiter.get());
    List<EmailMessage> messages = new ArrayList<>();
    facts.candidateEmail().ifPresent(email -> messages.add(message(facts, slot, Role.CANDIDATE, now)));
    messages.add(message(facts, slot, Role.RECRUITER, now));
    int stored = 0;
    for (EmailMessage message : messages) {
      if (context.persistence().emails().findById(message.id()).isPresent()) {
        continue;
      }
      StoredEmail email = BookingInvites.outboxEntry(message, booking.recruiterId(),
          BookingEmails.Kind.REMINDER.purpose, queued, now);
      context.persistence().emails().save(email);
      stored++;
      LOG.info("Reminder e-mail {} for booking {}: {}", message.id(), booking.id(), email.status());
    }
    return new ReminderOutcome.Stored(stored);
  }

  private EmailMessage message(BookingInvites.Facts facts, Interval slot, Role role, Instant now) {
    Booking booking = facts.booking();
    ZoneId zone = role == Role.CANDIDATE ? booking.candidateTimeZone() : facts.recruiter().timeZone();
    Optional<URI> manageUrl = manageLinks
        .map(links -> links.pages().managePage(links.tokens().issue(booking).token()));
    BookingEmails.Content content = role == Role.CANDIDATE
        ? facts.toCandidate(BookingEmails.Kind.REMINDER, slot, Optional.empty(), manageUrl)
        : facts.toRecruiter(BookingEmails.Kind.REMINDER, slot, Optional.empty());
    BookingEmails.Composed composed = emails.compose(content);
    List<EmailAttachment> attachments = new ArrayList<>();
    calendarFiles.ifPresent(files -> {
      CalendarInvite invite = facts.invite(slot, booking.reschedules().size(), CalendarInvite.Method.REQUEST, zone,
          composed.text(), now);
      attachments.add(new EmailAttachment(BookingInvites.fileName(CalendarInvite.Method.REQUEST),
          files.contentType(invite), files.write(invite)));
    });
    EmailAddress to = role == Role.CANDIDATE ? facts.candidateAddress().orElseThrow() : facts.recruiterAddress();
    Optional<EmailAddress> replyTo = role == Role.CANDIDATE ? Optional.of(facts.recruiterAddress())
        : facts.candidateAddress();
    return new EmailMessage(messageId(booking.id(), slot.start(), role), from, List.of(to), replyTo,
        composed.subject(), composed.text(), Optional.of(composed.html()), attachments);
  }

  /** Name-based on (booking, slot start, role): a second firing for the same slot finds the stored messages. */
  static UUID messageId(BookingId bookingId, Instant start, Enum<?> role) {
    return UUID.nameUUIDFromBytes((BookingReminderHandler.NAME + ":" + bookingId.value() + ":" + start + ":"
        + role.name().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
  }
}
