package dev.hireloop.adapter.in.http;

import static dev.hireloop.adapter.in.http.SchedulingFixture.TUESDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.hireloop.adapter.out.calendar.Ical4jCalendarFiles;
import dev.hireloop.adapter.out.notification.SmtpNotifier;
import dev.hireloop.adapter.out.notification.SmtpSettings;
import dev.hireloop.adapter.out.persistence.scheduler.EventDispatcherOptions;
import dev.hireloop.adapter.out.persistence.scheduler.InMemoryEventDispatcher;
import dev.hireloop.adapter.out.persistence.scheduler.InMemoryReminderSchedule;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.in.notification.ReminderOutcome;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.testing.MutableClock;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminders and retried sending from HTTP to the mailbox (GreenMail) with an injected clock: the reminder reaches
 * both parties once at start − 24 h (fired by the in-memory event dispatcher), moves with a rescheduled booking,
 * never follows a cancellation; a mail server that stays down ends the messages FAILED, listed at
 * {@code GET /api/outbox/emails?status=failed}, with the booking untouched.
 *
 * <p>The clock starts on Monday 2030-01-07 08:00Z; the interview is on Tuesday 09:00Z, so its reminder is due on
 * Monday at 09:00Z.
 */
class BookingRemindersEndToEndTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withPerMethodLifecycle(true);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant REMINDER_DUE = Instant.parse(TUESDAY_NINE).minus(Duration.ofHours(24));
  private static final String WEDNESDAY_NINE = "2030-01-09T09:00:00Z";

  private final MutableClock clock = SchedulingFixture.clock();
  private final InMemoryReminderSchedule timers = new InMemoryReminderSchedule();
  private TestApi api;
  private InMemoryEventDispatcher dispatcher;

  @BeforeEach
  void start() {
    SmtpSettings smtp = SchedulingFixture.smtpTo(GREEN_MAIL);
    api = TestApi.start(builder -> builder.clock(clock)
        .notifier(new SmtpNotifier(smtp, clock))
        .calendarFiles(new Ical4jCalendarFiles())
        .reminderSchedule(timers)
        .emailRetries(3, Duration.ofMinutes(1))
        .emailFrom(EmailAddress.of("Acme Hiring", Email.of("hiring@acme.example"))));
  }

  @AfterEach
  void stop() {
    if (dispatcher != null) {
      dispatcher.close();
    }
    api.close();
  }

  @Test
  void the_reminder_reaches_both_parties_once_24_hours_before_the_interview() throws Exception {
    BookingId booking = book(TUESDAY_NINE);
    startDispatcher();

    waitUntil("the confirmations arrived and the reminder is set", () -> received().size() == 2
        && timers.scheduledAt(booking).equals(Optional.of(REMINDER_DUE)));
    assertThat(subjects()).allSatisfy(subject -> assertThat(subject).startsWith("Interview confirmed: "));
    // a timer that fired before its time would send nothing
    assertThat(api.hireloop.sendBookingReminder().sendReminder(booking))
        .isEqualTo(new ReminderOutcome.Early(REMINDER_DUE));

    clock.set(REMINDER_DUE);
    waitUntil("the reminders arrived", () -> received().size() == 4);

    List<MimeMessage> reminders = received().stream().filter(message -> subject(message)
        .startsWith("Interview reminder: 45-Minute Candidate Interview, ")).toList();
    assertThat(reminders).hasSize(2);
    List<String> recipients = new ArrayList<>();
    for (MimeMessage reminder : reminders) {
      recipients.add(((InternetAddress) reminder.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
      VEvent event = event(reminder);
      assertThat(start(event)).isEqualTo(Instant.parse(TUESDAY_NINE));
      assertThat(event.<Property>getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
    }
    assertThat(recipients).contains("alice@example.com")
        .anySatisfy(address -> assertThat(address).startsWith("candidate"));
    waitUntil("the outbox lists four sent messages",
        () -> api.get("/api/outbox/emails?status=sent", api.tokenA).json().get("total").asLong() == 4);

    // a second firing stores and sends nothing
    assertThat(api.hireloop.sendBookingReminder().sendReminder(booking)).isEqualTo(new ReminderOutcome.Stored(0));
    assertThat(api.hireloop.sendQueuedEmails().sendDue(10)).isZero();
    assertThat(received()).hasSize(4);
  }

  @Test
  void a_rescheduled_booking_is_reminded_at_its_new_time_only() throws Exception {
    BookingId booking = book(TUESDAY_NINE);
    deliverAndSend();
    assertThat(api.post("/api/bookings/" + booking + "/reschedule", api.tokenA,
        "{\"start\": \"" + WEDNESDAY_NINE + "\"}").status()).isEqualTo(200);
    deliverAndSend();
    assertThat(received()).hasSize(4);

    Instant newDue = Instant.parse(WEDNESDAY_NINE).minus(Duration.ofHours(24));
    assertThat(timers.scheduledAt(booking)).contains(newDue);
    clock.set(REMINDER_DUE);
    assertThat(api.hireloop.sendBookingReminder().sendReminder(booking))
        .isEqualTo(new ReminderOutcome.Early(newDue));
    clock.set(newDue);
    assertThat(api.hireloop.sendBookingReminder().sendReminder(booking)).isEqualTo(new ReminderOutcome.Stored(2));
    deliverAndSend();

    List<MimeMessage> reminders = received().stream()
        .filter(message -> subject(message).startsWith("Interview reminder: ")).toList();
    assertThat(reminders).hasSize(2).allSatisfy(reminder -> {
      VEvent event = event(reminder);
      assertThat(start(event)).isEqualTo(Instant.parse(WEDNESDAY_NINE));
      assertThat(event.<Property>getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
    });
  }

  @Test
  void a_cancelled_booking_gets_no_reminder() {
    BookingId booking = book(TUESDAY_NINE);
    deliverAndSend();
    assertThat(timers.scheduledAt(booking)).contains(REMINDER_DUE);

    assertThat(api.post("/api/bookings/" + booking + "/cancel", api.tokenA, "{}").status()).isEqualTo(200);
    deliverAndSend();

    assertThat(timers.scheduledAt(booking)).isEmpty();
    clock.set(REMINDER_DUE);
    assertThat(api.hireloop.sendBookingReminder().sendReminder(booking))
        .isInstanceOf(ReminderOutcome.Skipped.class);
    deliverAndSend();
    assertThat(subjects()).hasSize(4).noneSatisfy(subject -> assertThat(subject).startsWith("Interview reminder"));
  }

  @Test
  void a_mail_server_that_stays_down_leaves_failed_messages_in_the_outbox_and_the_booking_as_it_is() {
    GREEN_MAIL.stop();
    BookingId booking = book(TUESDAY_NINE);

    deliverAndSend();
    JsonNode queued = api.get("/api/outbox/emails?status=queued", api.tokenA).json();
    assertThat(queued.get("total").asLong()).isEqualTo(2);
    queued.get("items").forEach(item -> {
      assertThat(item.get("attempts").asInt()).isEqualTo(1);
      assertThat(item.get("last_error").asText()).isEqualTo("email.unavailable");
    });
    clock.advance(Duration.ofMinutes(1));
    assertThat(api.hireloop.sendQueuedEmails().sendDue(10)).isEqualTo(2);
    clock.advance(Duration.ofMinutes(2));
    assertThat(api.hireloop.sendQueuedEmails().sendDue(10)).isEqualTo(2);

    JsonNode failed = api.get("/api/outbox/emails?status=failed", api.tokenA).json();
    assertThat(failed.get("total").asLong()).isEqualTo(2);
    failed.get("items").forEach(item -> {
      assertThat(item.get("status").asText()).isEqualTo("failed");
      assertThat(item.get("attempts").asInt()).isEqualTo(3);
      assertThat(item.get("last_error").asText()).isEqualTo("email.unavailable");
      assertThat(item.get("sent_at").isNull()).isTrue();
    });
    assertThat(api.get("/api/outbox/emails?status=queued", api.tokenA).json().get("total").asLong()).isZero();
    JsonNode stored = api.get("/api/bookings/" + booking, api.tokenA).json();
    assertThat(stored.toString()).containsIgnoringCase("confirmed").contains(TUESDAY_NINE.replace("Z", ""));
    assertThat(timers.scheduledAt(booking)).contains(REMINDER_DUE);
  }

  // --- helpers

  /** Books through a booking link for a new profile of recruiter A (candidate in New York). */
  private BookingId book(String start) {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "America/New_York");
    TestApi.Response booked = api.postOpen(SchedulingFixture.linkPath(link) + "/book",
        "{\"start\": \"" + start + "\"}");
    assertThat(booked.status()).isEqualTo(201);
    return BookingId.of(link.get("booking_id").asText());
  }

  /** What the dispatcher does, synchronously: every stored event to every handler, then the e-mail sender. */
  private void deliverAndSend() {
    for (StoredEvent stored : api.hireloop.persistence().eventOutbox().list(api.recruiterA, PageRequest.first(200))
        .items()) {
      for (EventHandler handler : api.hireloop.eventHandlers()) {
        api.hireloop.deliverEvent().deliver(new DeliverEventCommand(stored.event().eventId(), handler.name()));
      }
    }
    api.hireloop.sendQueuedEmails().sendDue(100);
  }

  private void startDispatcher() {
    dispatcher = new InMemoryEventDispatcher(api.hireloop.eventHandlers(), api.hireloop.persistence().eventOutbox(),
        api.hireloop.deliverEvent(), api.hireloop.recordDeadLetter(), api.hireloop.sendQueuedEmails(), timers,
        api.hireloop.sendBookingReminder(), clock, EventDispatcherOptions.defaults()
            .withPollInterval(Duration.ofMillis(50)).withSchedulerName("reminder-test")).start();
  }

  private static List<MimeMessage> received() {
    return Arrays.asList(GREEN_MAIL.getReceivedMessages());
  }

  private static List<String> subjects() {
    return received().stream().map(BookingRemindersEndToEndTest::subject).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitUntil(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what + " (" + subjects() + ")");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting until " + what, e);
      }
    }
  }

  private static VEvent event(MimeMessage message) {
    try {
      Calendar calendar = new CalendarBuilder().build(ics(message));
      assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
      return calendar.<VEvent>getComponents(Component.VEVENT).get(0);
    } catch (Exception e) {
      throw new AssertionError("no readable calendar file", e);
    }
  }

  private static Instant start(VEvent event) {
    return Instant.from(event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow().getDate());
  }

  /** The {@code .ics} attachment, found anywhere in the MIME tree. */
  private static InputStream ics(Part part) throws Exception {
    List<byte[]> found = new ArrayList<>();
    collectIcs(part, found);
    if (found.isEmpty()) {
      throw new AssertionError("no .ics attachment");
    }
    return new ByteArrayInputStream(found.get(0));
  }

  private static void collectIcs(Part part, List<byte[]> found) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collectIcs(child, found);
      }
    } else if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
      try (InputStream in = part.getInputStream()) {
        found.add(in.readAllBytes());
      }
    }
  }
}
