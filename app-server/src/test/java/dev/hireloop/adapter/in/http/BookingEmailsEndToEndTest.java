package dev.hireloop.adapter.in.http;

import static dev.hireloop.adapter.in.http.SchedulingFixture.TUESDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.hireloop.adapter.out.calendar.Ical4jCalendarFiles;
import dev.hireloop.adapter.out.notification.SmtpNotifier;
import dev.hireloop.adapter.out.notification.SmtpSettings;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.testing.MutableClock;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
 * Booking e-mails from HTTP to the mailbox: a candidate books through a booking link, the events are delivered,
 * and both parties receive a message through a real SMTP conversation (GreenMail) whose calendar file ical4j reads
 * back to the booked instant; the recruiter then lists them as sent at {@code GET /api/outbox/emails}.
 */
class BookingEmailsEndToEndTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withPerMethodLifecycle(true);

  private final MutableClock clock = SchedulingFixture.clock();
  private TestApi api;

  @BeforeEach
  void start() {
    SmtpSettings smtp = SchedulingFixture.smtpTo(GREEN_MAIL);
    api = TestApi.start(builder -> builder.clock(clock)
        .notifier(new SmtpNotifier(smtp, clock))
        .calendarFiles(new Ical4jCalendarFiles())
        .emailFrom(EmailAddress.of("Acme Hiring", Email.of("hiring@acme.example"))));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void both_parties_receive_the_confirmation_with_a_calendar_file_of_the_booked_instant() throws Exception {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "America/New_York");
    String bookingId = link.get("booking_id").asText();
    TestApi.Response booked = api.postOpen(SchedulingFixture.linkPath(link) + "/book",
        "{\"start\": \"" + TUESDAY_NINE + "\"}");
    assertThat(booked.status()).isEqualTo(201);

    deliverEvents();

    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(2);
    List<String> recipients = new ArrayList<>();
    for (MimeMessage message : received) {
      String to = ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
      recipients.add(to);
      Address from = message.getFrom()[0];
      assertThat(((InternetAddress) from).getAddress()).isEqualTo("hiring@acme.example");
      assertThat(message.getSubject()).startsWith("Interview confirmed: 45-Minute Candidate Interview, ");
      Calendar calendar = new CalendarBuilder().build(ics(message));
      assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
      VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
      DateProperty<?> start = event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow();
      assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse(TUESDAY_NINE));
      assertThat(event.<Property>getProperty(Property.UID).orElseThrow().getValue())
          .isEqualTo("booking-" + bookingId + "@hireloop");
      assertThat(event.<Property>getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
      String zone = start.getParameter("TZID").map(Object::toString).orElse("");
      if (to.equals("alice@example.com")) {
        assertThat(zone).contains("Europe/London");
        assertThat(message.getSubject()).contains("Tuesday 8 January 2030, 09:00–09:45 Europe/London");
      } else {
        assertThat(zone).contains("America/New_York");
        assertThat(message.getSubject()).contains("Tuesday 8 January 2030, 04:00–04:45 America/New_York");
      }
    }
    assertThat(recipients).hasSize(2).contains("alice@example.com")
        .anySatisfy(address -> assertThat(address).startsWith("candidate").endsWith("@example.com"));

    JsonNode outbox = api.get("/api/outbox/emails?status=sent", api.tokenA).json();
    assertThat(outbox.get("total").asLong()).isEqualTo(2);
    outbox.get("items").forEach(item -> {
      assertThat(item.get("status").asText()).isEqualTo("sent");
      assertThat(item.get("purpose").asText()).isEqualTo("booking.confirmed");
      assertThat(item.get("from").get("email").asText()).isEqualTo("hiring@acme.example");
      assertThat(item.get("sent_at").isNull()).isFalse();
      JsonNode attachment = item.get("attachments").get(0);
      assertThat(attachment.get("file_name").asText()).isEqualTo("invite.ics");
      assertThat(attachment.get("content_type").asText()).startsWith("text/calendar; method=REQUEST");
      assertThat(attachment.get("size").asInt()).isPositive();
      assertThat(attachment.has("content")).isFalse();
    });
    assertThat(api.get("/api/outbox/emails?status=kept", api.tokenA).json().get("total").asLong()).isZero();
    assertThat(api.get("/api/outbox/emails", api.tokenB).json().get("total").asLong()).isZero();
  }

  @Test
  void redelivering_the_events_sends_nothing_twice() {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "Europe/London");
    api.postOpen(SchedulingFixture.linkPath(link) + "/book", "{\"start\": \"" + TUESDAY_NINE + "\"}");

    deliverEvents();
    deliverEvents();

    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);
    assertThat(api.get("/api/outbox/emails", api.tokenA).json().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void refuses_an_unknown_status_and_needs_a_token() {
    TestApi.Response bad = api.get("/api/outbox/emails?status=delivered", api.tokenA);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("kept, queued, sent, failed");
    assertThat(api.getOpen("/api/outbox/emails").status()).isEqualTo(401);
  }

  /** What the dispatcher does, synchronously: every stored event to every handler, then the e-mail sender. */
  private void deliverEvents() {
    List<StoredEvent> events = api.hireloop.persistence().eventOutbox().list(api.recruiterA,
        dev.hireloop.domain.shared.PageRequest.first(200)).items();
    for (StoredEvent stored : events) {
      for (EventHandler handler : api.hireloop.eventHandlers()) {
        api.hireloop.deliverEvent().deliver(new DeliverEventCommand(stored.event().eventId(), handler.name()));
      }
    }
    api.hireloop.sendQueuedEmails().sendDue(100);
  }

  /** The {@code .ics} attachment, found anywhere in the MIME tree. */
  private static InputStream ics(Part part) throws Exception {
    return icsParts(part).findFirst().map(bytes -> (InputStream) new ByteArrayInputStream(bytes))
        .orElseThrow(() -> new AssertionError("no .ics attachment"));
  }

  private static Stream<byte[]> icsParts(Part part) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      List<byte[]> found = new ArrayList<>();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        icsParts(child).forEach(found::add);
      }
      return found.stream();
    }
    if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
      try (InputStream in = part.getInputStream()) {
        return Stream.of(in.readAllBytes());
      }
    }
    return Stream.empty();
  }
}
