package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.in.notification.ReminderOutcome;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.scheduling.BookSlotCommand;
import dev.hireloop.port.in.scheduling.BookingView;
import dev.hireloop.port.in.scheduling.CancelBookingCommand;
import dev.hireloop.port.in.scheduling.RescheduleBookingCommand;
import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.Notifier;
import dev.hireloop.port.out.notification.ReminderSchedule;
import dev.hireloop.port.out.notification.StoredEmail;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.testing.MutableClock;
import dev.hireloop.testing.SequentialIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The booking reminders through {@link Hireloop}, run against every persistence adapter: the
 * {@code booking-reminders} handler keeps one timer per booking at start − 24 h (moved with the booking, removed
 * when it ends or when it is less than 24 hours ahead), and the fired timer stores the reminder to both parties
 * once, re-checking the booking as it is then. The timer store is a map here; the adapters' own tests cover
 * db-scheduler and the in-memory timers.
 */
public abstract class BookingRemindersUseCasesContract {
  private static final Instant START = Instant.parse("2030-01-14T08:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final String HANDLER = "booking-reminders";

  private final MutableClock clock = MutableClock.at(START);
  private final SequentialIds ids = new SequentialIds();
  private final MapReminderSchedule timers = new MapReminderSchedule();
  private Persistence persistence;

  /** An isolated, empty store, migrated if it is a database. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void create_store() {
    persistence = newPersistence();
  }

  @Test
  void a_confirmed_booking_is_reminded_24_hours_before_once_to_each_party_in_their_zone() {
    Hireloop hireloop = builder().calendarFiles(new LineCalendarFiles()).build();
    RecruiterId ada = recruiter(hireloop);
    BookingView booked = book(hireloop, ada, profile(hireloop, ada), "2030-01-21T09:00:00Z");
    deliverAll(hireloop, ada);

    assertThat(timers.at(booked.id())).contains(Instant.parse("2030-01-20T09:00:00Z"));

    clock.set(Instant.parse("2030-01-20T09:00:00Z"));
    assertThat(hireloop.sendBookingReminder().sendReminder(booked.id())).isEqualTo(new ReminderOutcome.Stored(2));
    assertThat(hireloop.sendBookingReminder().sendReminder(booked.id())).isEqualTo(new ReminderOutcome.Stored(0));

    List<StoredEmail> reminders = reminders(ada);
    assertThat(reminders).hasSize(2).allSatisfy(email -> {
      assertThat(email.status()).isEqualTo(EmailStatus.KEPT);
      assertThat(email.message().subject()).startsWith("Interview reminder: ");
      assertThat(email.message().textBody()).contains("is coming up").contains(booked.id().value().toString());
      assertThat(email.message().htmlBody()).isPresent();
      assertThat(ics(email.message())).contains("METHOD:REQUEST", "SEQUENCE:0", "DTSTART:2030-01-21T09:00:00Z");
    });
    EmailMessage toCandidate = to(reminders, "grace@example.org");
    assertThat(toCandidate.subject()).contains("Monday 21 January 2030, 20:00–20:45 Australia/Sydney");
    assertThat(ics(toCandidate)).contains("TZID:Australia/Sydney");
    assertThat(to(reminders, "ada@example.com").subject())
        .contains("Monday 21 January 2030, 09:00–09:45 Europe/London");
  }

  @Test
  void the_candidates_reminder_links_to_the_manage_page_and_the_recruiters_does_not() {
    Hireloop hireloop = builder().candidateLinks(token -> URI.create("https://jobs.example.com/interviews/" + token))
        .build();
    RecruiterId ada = recruiter(hireloop);
    BookingView booked = book(hireloop, ada, profile(hireloop, ada), "2030-01-21T09:00:00Z");

    clock.set(Instant.parse("2030-01-20T09:00:00Z"));
    hireloop.sendBookingReminder().sendReminder(booked.id());

    List<StoredEmail> reminders = reminders(ada);
    EmailMessage toCandidate = to(reminders, "grace@example.org");
    String link = "https://jobs.example.com/interviews/";
    assertThat(toCandidate.textBody()).contains(link);
    assertThat(toCandidate.htmlBody()).hasValueSatisfying(html -> assertThat(html).contains(link));
    String token = toCandidate.textBody().substring(toCandidate.textBody().indexOf(link) + link.length())
        .split("\\s", 2)[0];
    assertThat(hireloop.readManagedBooking().read(token).details().bookingId()).isEqualTo(booked.id());
    assertThat(to(reminders, "ada@example.com").textBody()).doesNotContain(link);
  }

  @Test
  void with_a_mail_transport_the_reminders_are_queued_for_the_sender() {
    Hireloop hireloop = builder().notifier(new Notifier() {
      @Override
      public String name() {
        return "recording";
      }

      @Override
      public void send(EmailMessage message) {
        // the sender is not run in this test
      }
    }).build();
    RecruiterId ada = recruiter(hireloop);
    BookingView booked = book(hireloop, ada, profile(hireloop, ada), "2030-01-21T09:00:00Z");

    clock.set(Instant.parse("2030-01-20T08:59:30Z"));
    assertThat(hireloop.sendBookingReminder().sendReminder(booked.id())).as("within the minute of leeway")
        .isEqualTo(new ReminderOutcome.Stored(2));

    assertThat(reminders(ada)).hasSize(2).allSatisfy(email -> {
      assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
      assertThat(email.nextAttemptAt()).contains(clock.instant());
    });
  }

  @Test
  void a_moved_booking_moves_its_reminder_and_the_old_timer_fires_early() {
    Hireloop hireloop = builder().calendarFiles(new LineCalendarFiles()).build();
    RecruiterId ada = recruiter(hireloop);
    BookingView booked = book(hireloop, ada, profile(hireloop, ada), "2030-01-21T09:00:00Z");
    deliverAll(hireloop, ada);
    hireloop.rescheduleBooking().reschedule(new RescheduleBookingCommand(ada, booked.id(),
        Instant.parse("2030-01-22T10:00:00Z"), Optional.empty()));
    deliverAll(hireloop, ada);

    assertThat(timers.at(booked.id())).contains(Instant.parse("2030-01-21T10:00:00Z"));

    clock.set(Instant.parse("2030-01-20T09:00:00Z"));
    assertThat(hireloop.sendBookingReminder().sendReminder(booked.id()))
        .isEqualTo(new ReminderOutcome.Early(Instant.parse("2030-01-21T10:00:00Z")));
    assertThat(reminders(ada)).isEmpty();

    clock.set(Instant.parse("2030-01-21T10:00:00Z"));
    assertThat(hireloop.sendBookingReminder().sendReminder(booked.id())).isEqualTo(new ReminderOutcome.Stored(2));
    assertThat(reminders(ada)).hasSize(2).allSatisfy(email -> assertThat(ics(email.message()))
        .contains("SEQUENCE:1", "DTSTART:2030-01-22T10:00:00Z"));
  }

  @Test
  void a_cancelled_booking_loses_its_timer_and_a_timer_that_fires_anyway_stores_nothing() {
    Hireloop hireloop = builder().build();
    RecruiterId ada = recruiter(hireloop);
    BookingView booked = book(hireloop, ada, profile(hireloop, ada), "2030-01-21T09:00:00Z");
    deliverAll(hireloop, ada);
    hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, booked.id(), Optional.empty(), Optional.empty()));

    deliverAll(hireloop, ada);

    assertThat(timers.at(booked.id())).isEmpty();
    clock.set(Instant.parse("2030-01-20T09:00:00Z"));
    assertThat(hireloop.sendBookingReminder().sendReminder(booked.id()))
        .isInstanceOf(ReminderOutcome.Skipped.class);
    assertThat(reminders(ada)).isEmpty();
  }

  @Test
  void a_booking_less_than_24_hours_ahead_gets_no_reminder_and_none_fires_after_the_start() {
    Hireloop hireloop = builder().build();
    RecruiterId ada = recruiter(hireloop);
    ProfileId grace = profile(hireloop, ada);
    BookingView booked = book(hireloop, ada, grace, "2030-01-21T09:00:00Z");
    BookingView other = book(hireloop, ada, grace, "2030-01-21T10:00:00Z");
    timers.schedule(booked.id(), Instant.parse("2030-01-20T09:00:00Z"));

    // the confirmation is delivered when the interview is less than 24 hours ahead: it went out just now
    clock.set(Instant.parse("2030-01-20T12:00:00Z"));
    deliverAll(hireloop, ada);

    assertThat(timers.at(booked.id())).isEmpty();
    assertThat(timers.at(other.id())).isEmpty();
    clock.set(Instant.parse("2030-01-21T09:00:00Z"));
    assertThat(hireloop.sendBookingReminder().sendReminder(booked.id()))
        .isEqualTo(new ReminderOutcome.Skipped("the interview has started"));
    assertThat(hireloop.sendBookingReminder().sendReminder(new BookingId(ids.next())))
        .isInstanceOf(ReminderOutcome.Skipped.class);
    assertThat(reminders(ada)).isEmpty();
  }

  @Test
  void the_reminder_handler_is_registered_only_with_a_schedule_and_its_name_is_reserved() {
    assertThat(builder().build().eventHandlers()).extracting(EventHandler::name).contains(HANDLER);
    assertThat(Hireloop.builder().persistence(persistence).build().eventHandlers()).extracting(EventHandler::name)
        .doesNotContain(HANDLER);
    EventHandler impostor = new EventHandler() {
      @Override
      public String name() {
        return HANDLER;
      }

      @Override
      public boolean handles(DomainEvent event) {
        return true;
      }

      @Override
      public void handle(DomainEvent event) {
        // never built
      }
    };
    assertThatThrownBy(() -> Hireloop.builder().persistence(persistence).eventHandler(impostor).build())
        .hasMessageContaining(HANDLER);
  }

  // --- helpers

  private Hireloop.Builder builder() {
    return Hireloop.builder().persistence(persistence).clock(clock).ids(ids).reminderSchedule(timers);
  }

  private static RecruiterId recruiter(Hireloop hireloop) {
    return hireloop.createRecruiter().create(new CreateRecruiterCommand("Ada Recruiter", Email.of("ada@example.com"),
        LONDON)).id();
  }

  private static ProfileId profile(Hireloop hireloop, RecruiterId recruiterId) {
    ProfileDetails details = new ProfileDetails("Grace Candidate", Optional.of(Email.of("grace@example.org")),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty());
    return hireloop.createProfile().create(new CreateProfileCommand(recruiterId, details, ProfileSource.MANUAL)).id();
  }

  private static BookingView book(Hireloop hireloop, RecruiterId recruiterId, ProfileId profileId, String start) {
    return hireloop.bookSlot().book(new BookSlotCommand(recruiterId, profileId, Optional.empty(),
        Instant.parse(start), SYDNEY));
  }

  /** Delivers every booking event (oldest first) to the reminder handler; already processed ones are skipped. */
  private void deliverAll(Hireloop hireloop, RecruiterId recruiterId) {
    List<DomainEvent> events = new ArrayList<>(persistence.eventOutbox().list(recruiterId, PageRequest.first(200))
        .items().stream().map(StoredEvent::event)
        .filter(event -> event.eventType().startsWith("Booking")).toList());
    Collections.reverse(events);
    for (DomainEvent event : events) {
      hireloop.deliverEvent().deliver(new DeliverEventCommand(event.eventId(), HANDLER));
    }
  }

  private List<StoredEmail> reminders(RecruiterId recruiterId) {
    return persistence.emails().list(recruiterId, Set.of(), PageRequest.first(100)).items().stream()
        .filter(email -> email.purpose().equals("booking.reminder")).toList();
  }

  private static EmailMessage to(List<StoredEmail> stored, String address) {
    return stored.stream().map(StoredEmail::message)
        .filter(message -> message.to().get(0).address().value().equals(address)).findFirst().orElseThrow();
  }

  private static String ics(EmailMessage message) {
    return new String(message.attachments().get(0).content(), StandardCharsets.UTF_8);
  }

  /** Timers in a map: what the handler asked for. */
  private static final class MapReminderSchedule implements ReminderSchedule {
    private final Map<BookingId, Instant> timers = new ConcurrentHashMap<>();

    @Override
    public void schedule(BookingId bookingId, Instant at) {
      timers.put(bookingId, at);
    }

    @Override
    public void cancel(BookingId bookingId) {
      timers.remove(bookingId);
    }

    Optional<Instant> at(BookingId bookingId) {
      return Optional.ofNullable(timers.get(bookingId));
    }
  }

  /** A stand-in for the ical4j writer: the invite's fields, one per line. */
  private static final class LineCalendarFiles implements CalendarFiles {
    @Override
    public byte[] write(CalendarInvite invite) {
      String text = "BEGIN:VCALENDAR\r\nMETHOD:" + invite.method() + "\r\nUID:" + invite.uid() + "\r\nSEQUENCE:"
          + invite.sequence() + "\r\nDTSTART:" + invite.when().start() + "\r\nTZID:" + invite.zone().getId()
          + "\r\nEND:VCALENDAR\r\n";
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }
}
