package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.in.events.DeliveryOutcome;
import dev.hireloop.port.in.notification.ListStoredEmailsQuery;
import dev.hireloop.port.in.notification.StoredEmailStatus;
import dev.hireloop.port.in.notification.StoredEmailView;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.scheduling.BookSlotCommand;
import dev.hireloop.port.in.scheduling.BookingView;
import dev.hireloop.port.in.scheduling.CancelBookingCommand;
import dev.hireloop.port.in.scheduling.RescheduleBookingCommand;
import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.Notifier;
import dev.hireloop.port.out.notification.StoredEmail;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.testing.MutableClock;
import dev.hireloop.testing.SequentialIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The booking e-mails end to end through {@link Hireloop}, run against every persistence adapter: confirming,
 * moving and cancelling a booking and delivering its events to the {@code booking-emails} handler stores one
 * message per party, in each party's zone, with a calendar file (a plain-text stand-in for ical4j, checked line by
 * line); redelivery adds nothing. With a mail transport the handler queues the messages and
 * {@code sendQueuedEmails} sends them outside any transaction: each claimed once, retried with doubling waits,
 * FAILED after the last attempt, and the booking is never touched.
 *
 * <p>The recruiter works in London (UTC in January), the candidate lives in Sydney (UTC+11 in January): Monday
 * 2030-01-21 09:00Z is 09:00 in London and 20:00 in Sydney.
 */
public abstract class BookingEmailsUseCasesContract {
  private static final Instant START = Instant.parse("2030-01-14T08:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final String HANDLER = "booking-emails";

  private final MutableClock clock = MutableClock.at(START);
  private final SequentialIds ids = new SequentialIds();
  private final List<EmailMessage> sent = new CopyOnWriteArrayList<>();
  private Persistence persistence;

  /** An isolated, empty store, migrated if it is a database. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void create_store() {
    persistence = newPersistence();
  }

  @Test
  void a_confirmed_booking_is_kept_in_the_outbox_for_both_parties_without_a_mail_transport() {
    Hireloop hireloop = builder().build();
    RecruiterId ada = recruiter(hireloop, "ada@example.com");
    ProfileId grace = profile(hireloop, ada, Optional.of("grace@example.org"));

    BookingView booked = book(hireloop, ada, grace, "2030-01-21T09:00:00Z");
    assertThat(deliverAll(hireloop, ada)).isEqualTo(1);

    List<StoredEmail> stored = stored(ada);
    assertThat(stored).hasSize(2).allSatisfy(email -> {
      assertThat(email.status()).isEqualTo(EmailStatus.KEPT);
      assertThat(email.purpose()).isEqualTo("booking.confirmed");
      assertThat(email.attempts()).isZero();
      assertThat(email.sentAt()).isEmpty();
      assertThat(email.message().from()).isEqualTo(Hireloop.DEFAULT_EMAIL_FROM);
      assertThat(email.message().subject()).startsWith("Interview confirmed: ");
      assertThat(email.message().textBody()).contains(booked.id().value().toString());
      assertThat(email.message().htmlBody()).isPresent();
    });
    EmailMessage toCandidate = to(stored, "grace@example.org");
    EmailMessage toRecruiter = to(stored, "ada@example.com");
    assertThat(toCandidate.subject()).contains("Monday 21 January 2030, 20:00–20:45 Australia/Sydney");
    assertThat(toCandidate.textBody()).contains("20:00–20:45 Australia/Sydney (UTC+11:00)")
        .contains("09:00–09:45 Europe/London (UTC)").contains("45 minutes").contains("Ada Recruiter");
    assertThat(toCandidate.replyTo()).map(address -> address.address().value()).contains("ada@example.com");
    assertThat(toRecruiter.subject()).contains("Monday 21 January 2030, 09:00–09:45 Europe/London");
    assertThat(toRecruiter.textBody()).contains("Grace Candidate");
    assertThat(toRecruiter.replyTo()).map(address -> address.address().value()).contains("grace@example.org");
    // without a calendar writer the messages go without a file
    assertThat(toCandidate.attachments()).isEmpty();
  }

  @Test
  void confirmation_reschedule_and_cancellation_carry_calendar_files_with_rising_sequence() {
    Hireloop hireloop = builder().calendarFiles(new LineCalendarFiles()).build();
    RecruiterId ada = recruiter(hireloop, "ada@example.com");
    ProfileId grace = profile(hireloop, ada, Optional.of("grace@example.org"));

    BookingView booked = book(hireloop, ada, grace, "2030-01-21T09:00:00Z");
    clock.advance(Duration.ofMinutes(5));
    hireloop.rescheduleBooking().reschedule(new RescheduleBookingCommand(ada, booked.id(),
        Instant.parse("2030-01-22T10:00:00Z"), Optional.empty()));
    clock.advance(Duration.ofMinutes(5));
    hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, booked.id(), Optional.empty(), Optional.empty()));
    assertThat(deliverAll(hireloop, ada)).isEqualTo(3);

    List<StoredEmail> stored = stored(ada);
    assertThat(stored).hasSize(6);
    assertThat(stored.stream().map(StoredEmail::purpose).distinct())
        .containsExactlyInAnyOrder("booking.confirmed", "booking.rescheduled", "booking.cancelled");
    String uid = "UID:booking-" + booked.id().value() + "@hireloop";
    for (StoredEmail email : stored) {
      String ics = ics(email.message());
      assertThat(ics).contains(uid);
      String zone = email.message().to().get(0).address().value().equals("ada@example.com") ? "Europe/London"
          : "Australia/Sydney";
      assertThat(ics).contains("TZID:" + zone);
      switch (email.purpose()) {
        case "booking.confirmed" -> assertThat(ics).contains("METHOD:REQUEST", "SEQUENCE:0",
            "DTSTART:2030-01-21T09:00:00Z");
        case "booking.rescheduled" -> {
          assertThat(ics).contains("METHOD:REQUEST", "SEQUENCE:1", "DTSTART:2030-01-22T10:00:00Z");
          assertThat(email.message().subject()).startsWith("Interview moved: ");
          assertThat(email.message().textBody()).contains("Tuesday 22 January 2030")
              .contains("Monday 21 January 2030").contains("no longer valid");
        }
        default -> {
          assertThat(ics).contains("METHOD:CANCEL", "SEQUENCE:1", "DTSTART:2030-01-22T10:00:00Z");
          assertThat(email.message().subject()).startsWith("Interview cancelled: ");
          assertThat(email.message().attachments().get(0).contentType()).contains("method=CANCEL");
        }
      }
    }
  }

  @Test
  void a_candidate_without_an_email_address_leaves_only_the_recruiters_message() {
    Hireloop hireloop = builder().build();
    RecruiterId ada = recruiter(hireloop, "ada@example.com");
    ProfileId grace = profile(hireloop, ada, Optional.empty());

    book(hireloop, ada, grace, "2030-01-21T09:00:00Z");
    deliverAll(hireloop, ada);

    assertThat(stored(ada)).singleElement()
        .satisfies(email -> assertThat(email.message().to().get(0).address().value()).isEqualTo("ada@example.com"));
  }

  @Test
  void a_redelivered_event_adds_no_message_even_when_the_processed_mark_is_missing() {
    Hireloop hireloop = builder().notifier(recordingNotifier()).build();
    RecruiterId ada = recruiter(hireloop, "ada@example.com");
    ProfileId grace = profile(hireloop, ada, Optional.of("grace@example.org"));
    book(hireloop, ada, grace, "2030-01-21T09:00:00Z");
    DomainEvent confirmed = bookingEvents(ada).get(0);

    assertThat(deliver(hireloop, confirmed)).isInstanceOf(DeliveryOutcome.Delivered.class);
    assertThat(deliver(hireloop, confirmed)).isInstanceOf(DeliveryOutcome.AlreadyProcessed.class);
    // the handler itself run again, as if the processed mark had been lost: the message ids are the same
    BookingEmailHandler again = new BookingEmailHandler(new ServiceContext(persistence, clock, ids, () -> "unused"),
        Optional.of(recordingNotifier()), Optional.empty(), Hireloop.DEFAULT_EMAIL_FROM);
    persistence.transactions().inTransaction(() -> {
      again.handle(confirmed);
      return null;
    });
    assertThat(stored(ada)).hasSize(2).allSatisfy(email -> assertThat(email.status()).isEqualTo(EmailStatus.QUEUED));
    assertThat(sent).isEmpty();

    assertThat(hireloop.sendQueuedEmails().sendDue(10)).isEqualTo(2);
    assertThat(hireloop.sendQueuedEmails().sendDue(10)).isZero();

    assertThat(stored(ada)).hasSize(2).allSatisfy(email -> {
      assertThat(email.status()).isEqualTo(EmailStatus.SENT);
      assertThat(email.attempts()).isEqualTo(1);
      assertThat(email.sentAt()).contains(clock.instant());
      assertThat(email.nextAttemptAt()).isEmpty();
    });
    assertThat(sent).hasSize(2);
    assertThat(sent.stream().map(EmailMessage::id).distinct()).hasSize(2);
  }

  @Test
  void a_failing_mail_transport_leaves_the_messages_queued_and_the_booking_as_it_is_and_a_retry_sends_them() {
    List<Boolean> failing = new CopyOnWriteArrayList<>(List.of(true));
    Hireloop hireloop = builder().notifier(flaky(failing)).build();
    RecruiterId ada = recruiter(hireloop, "ada@example.com");
    ProfileId grace = profile(hireloop, ada, Optional.of("grace@example.org"));
    BookingView booked = book(hireloop, ada, grace, "2030-01-21T09:00:00Z");
    DomainEvent confirmed = bookingEvents(ada).get(0);

    // the event's delivery only stores the messages: the mail server is not asked inside its transaction
    assertThat(deliver(hireloop, confirmed)).isInstanceOf(DeliveryOutcome.Delivered.class);
    assertThat(stored(ada)).hasSize(2).allSatisfy(email -> {
      assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
      assertThat(email.nextAttemptAt()).contains(START);
    });

    assertThat(hireloop.sendQueuedEmails().sendDue(10)).isEqualTo(2);

    assertThat(stored(ada)).hasSize(2).allSatisfy(email -> {
      assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
      assertThat(email.attempts()).isEqualTo(1);
      assertThat(email.lastError()).contains("email.unavailable");
      assertThat(email.nextAttemptAt()).contains(START.plus(Duration.ofMinutes(1)));
    });
    assertThat(hireloop.sendQueuedEmails().sendDue(10)).as("not due before the back-off").isZero();
    assertThat(hireloop.getBooking().get(ada, booked.id(), Optional.empty()).status())
        .isEqualTo(BookingStatus.CONFIRMED);
    assertThat(hireloop.getBooking().get(ada, booked.id(), Optional.empty()).slot()).isEqualTo(booked.slot());

    failing.set(0, false);
    clock.advance(Duration.ofMinutes(1));
    assertThat(hireloop.sendQueuedEmails().sendDue(10)).isEqualTo(2);
    assertThat(stored(ada)).hasSize(2).allSatisfy(email -> {
      assertThat(email.status()).isEqualTo(EmailStatus.SENT);
      assertThat(email.attempts()).isEqualTo(2);
      assertThat(email.sentAt()).contains(clock.instant());
    });
    assertThat(sent).hasSize(2);
  }

  @Test
  void a_message_that_keeps_failing_waits_twice_as_long_each_time_and_fails_after_the_last_attempt() {
    Hireloop hireloop = builder().notifier(flaky(List.of(true))).emailRetries(4, Duration.ofMinutes(1)).build();
    RecruiterId ada = recruiter(hireloop, "ada@example.com");
    BookingView booked = book(hireloop, ada, profile(hireloop, ada, Optional.empty()), "2030-01-21T09:00:00Z");
    deliverAll(hireloop, ada);
    List<Duration> waits = new ArrayList<>();

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(hireloop.sendQueuedEmails().sendDue(10)).isEqualTo(1);
      StoredEmail email = stored(ada).get(0);
      assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
      assertThat(email.attempts()).isEqualTo(attempt);
      Duration wait = Duration.between(clock.instant(), email.nextAttemptAt().orElseThrow());
      waits.add(wait);
      clock.advance(wait);
    }
    assertThat(hireloop.sendQueuedEmails().sendDue(10)).isEqualTo(1);

    assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4));
    StoredEmail failed = stored(ada).get(0);
    assertThat(failed.status()).isEqualTo(EmailStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(4);
    assertThat(failed.lastError()).contains("email.unavailable");
    assertThat(failed.nextAttemptAt()).isEmpty();
    clock.advance(Duration.ofDays(1));
    assertThat(hireloop.sendQueuedEmails().sendDue(10)).isZero();
    assertThat(hireloop.listStoredEmails().list(new ListStoredEmailsQuery(ada, Set.of(StoredEmailStatus.FAILED),
        PageRequest.first(10))).total()).isEqualTo(1);
    assertThat(hireloop.getBooking().get(ada, booked.id(), Optional.empty()).status())
        .isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void a_message_claimed_by_one_sender_is_not_sent_by_another_at_the_same_time() {
    List<Integer> triedByTheOther = new CopyOnWriteArrayList<>();
    Hireloop otherNode = builder().notifier(recordingNotifier()).build();
    Notifier slow = new Notifier() {
      @Override
      public String name() {
        return "slow";
      }

      @Override
      public void send(EmailMessage message) {
        // while this node is sending (outside any transaction), the other node polls the same store
        triedByTheOther.add(otherNode.sendQueuedEmails().sendDue(10));
        sent.add(message);
      }
    };
    Hireloop hireloop = builder().notifier(slow).build();
    RecruiterId ada = recruiter(hireloop, "ada@example.com");
    book(hireloop, ada, profile(hireloop, ada, Optional.of("grace@example.org")), "2030-01-21T09:00:00Z");
    deliverAll(hireloop, ada);

    int triedHere = hireloop.sendQueuedEmails().sendDue(10);

    // the other node took the message this one had not claimed yet, and never the one being sent
    assertThat(triedHere).isEqualTo(1);
    assertThat(triedByTheOther).containsExactly(1);
    assertThat(sent).hasSize(2);
    assertThat(sent.stream().map(EmailMessage::id).distinct()).hasSize(2);
    assertThat(stored(ada)).hasSize(2).allSatisfy(email -> {
      assertThat(email.status()).isEqualTo(EmailStatus.SENT);
      assertThat(email.attempts()).isEqualTo(1);
    });
  }

  @Test
  void without_a_mail_transport_nothing_is_queued_and_the_sender_has_nothing_to_do() {
    Hireloop hireloop = builder().build();
    RecruiterId ada = recruiter(hireloop, "ada@example.com");
    book(hireloop, ada, profile(hireloop, ada, Optional.of("grace@example.org")), "2030-01-21T09:00:00Z");
    deliverAll(hireloop, ada);

    assertThat(hireloop.sendQueuedEmails().sendDue(10)).isZero();
    assertThat(stored(ada)).hasSize(2).allSatisfy(email -> assertThat(email.status()).isEqualTo(EmailStatus.KEPT));
  }

  @Test
  void the_stored_outbox_is_listed_per_recruiter_by_status_without_attachment_bytes() {
    EmailAddress sender = EmailAddress.of("Acme Hiring", Email.of("hiring@acme.example"));
    Hireloop hireloop = builder().calendarFiles(new LineCalendarFiles()).emailFrom(sender).build();
    RecruiterId ada = recruiter(hireloop, "ada@example.com");
    RecruiterId bob = recruiter(hireloop, "bob@example.com");
    book(hireloop, ada, profile(hireloop, ada, Optional.of("grace@example.org")), "2030-01-21T09:00:00Z");
    deliverAll(hireloop, ada);

    Page<StoredEmailView> kept = hireloop.listStoredEmails().list(new ListStoredEmailsQuery(ada,
        Set.of(StoredEmailStatus.KEPT), PageRequest.first(10)));
    Page<StoredEmailView> sentOnes = hireloop.listStoredEmails().list(new ListStoredEmailsQuery(ada,
        Set.of(StoredEmailStatus.SENT), PageRequest.first(10)));
    Page<StoredEmailView> bobs = hireloop.listStoredEmails().list(new ListStoredEmailsQuery(bob, Set.of(),
        PageRequest.first(10)));

    assertThat(kept.total()).isEqualTo(2);
    assertThat(kept.items()).allSatisfy(view -> {
      assertThat(view.status()).isEqualTo(StoredEmailStatus.KEPT);
      assertThat(view.from()).isEqualTo(sender);
      assertThat(view.attachments()).singleElement().satisfies(file -> {
        assertThat(file.fileName()).isEqualTo("invite.ics");
        assertThat(file.contentType()).startsWith("text/calendar; method=REQUEST");
        assertThat(file.size()).isPositive();
      });
    });
    assertThat(sentOnes.items()).isEmpty();
    assertThat(bobs.items()).isEmpty();
    RecruiterId nobody = new RecruiterId(java.util.UUID.fromString("00000000-0000-4000-8000-00000000dead"));
    assertThatThrownBy(() -> hireloop.listStoredEmails().list(new ListStoredEmailsQuery(nobody, Set.of(),
        PageRequest.first(10)))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void hireloop_reserves_the_booking_emails_handler_name() {
    assertThatThrownBy(() -> builder().eventHandler(new RecordingHandler(HANDLER, event -> true)).build())
        .hasMessageContaining(HANDLER);
  }

  // --- helpers

  private Hireloop.Builder builder() {
    return Hireloop.builder().persistence(persistence).clock(clock).ids(ids);
  }

  private Notifier flaky(List<Boolean> failing) {
    return new Notifier() {
      @Override
      public String name() {
        return "flaky";
      }

      @Override
      public void send(EmailMessage message) {
        if (failing.get(0)) {
          throw new ExternalServiceException("email.unavailable", "the mail server is down",
              ExternalServiceException.Failure.UNAVAILABLE);
        }
        sent.add(message);
      }
    };
  }

  private Notifier recordingNotifier() {
    return new Notifier() {
      @Override
      public String name() {
        return "recording";
      }

      @Override
      public void send(EmailMessage message) {
        sent.add(message);
      }
    };
  }

  private static RecruiterId recruiter(Hireloop hireloop, String email) {
    return hireloop.createRecruiter().create(new CreateRecruiterCommand("Ada Recruiter", Email.of(email), LONDON))
        .id();
  }

  private static ProfileId profile(Hireloop hireloop, RecruiterId recruiterId, Optional<String> email) {
    ProfileDetails details = new ProfileDetails("Grace Candidate", email.map(Email::of), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    return hireloop.createProfile().create(new CreateProfileCommand(recruiterId, details, ProfileSource.MANUAL)).id();
  }

  private static BookingView book(Hireloop hireloop, RecruiterId recruiterId, ProfileId profileId, String start) {
    return hireloop.bookSlot().book(new BookSlotCommand(recruiterId, profileId, Optional.empty(),
        Instant.parse(start), SYDNEY));
  }

  /** The recruiter's booking events, oldest first. */
  private List<DomainEvent> bookingEvents(RecruiterId recruiterId) {
    List<DomainEvent> events = new ArrayList<>(persistence.eventOutbox().list(recruiterId, PageRequest.first(200))
        .items().stream().map(StoredEvent::event)
        .filter(event -> event.eventType().startsWith("Booking") && !event.eventType().equals("BookingRequested"))
        .toList());
    Collections.reverse(events);
    return events;
  }

  /** Delivers every booking event to the handler; how many were delivered. */
  private int deliverAll(Hireloop hireloop, RecruiterId recruiterId) {
    int delivered = 0;
    for (DomainEvent event : bookingEvents(recruiterId)) {
      if (deliver(hireloop, event) instanceof DeliveryOutcome.Delivered) {
        delivered++;
      }
    }
    return delivered;
  }

  private static DeliveryOutcome deliver(Hireloop hireloop, DomainEvent event) {
    return hireloop.deliverEvent().deliver(new DeliverEventCommand(event.eventId(), HANDLER));
  }

  private List<StoredEmail> stored(RecruiterId recruiterId) {
    return persistence.emails().list(recruiterId, Set.of(), PageRequest.first(100)).items();
  }

  private static EmailMessage to(List<StoredEmail> stored, String address) {
    return stored.stream().map(StoredEmail::message)
        .filter(message -> message.to().get(0).address().value().equals(address)).findFirst().orElseThrow();
  }

  private static String ics(EmailMessage message) {
    EmailAttachment file = message.attachments().get(0);
    return new String(file.content(), StandardCharsets.UTF_8);
  }

  /** A stand-in for the ical4j writer: the invite's fields, one per line. */
  private static final class LineCalendarFiles implements CalendarFiles {
    @Override
    public byte[] write(CalendarInvite invite) {
      String text = "BEGIN:VCALENDAR\r\nMETHOD:" + invite.method() + "\r\nUID:" + invite.uid() + "\r\nSEQUENCE:"
          + invite.sequence() + "\r\nDTSTART:" + invite.when().start() + "\r\nTZID:" + invite.zone().getId()
          + "\r\nORGANIZER:" + invite.organizer().address().value() + "\r\nEND:VCALENDAR\r\n";
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }
}
