package dev.hireloop.adapter.out.notification;

import dev.hireloop.domain.shared.Email;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Test messages with non-ASCII names and subject, HTML and an invitation. */
final class Messages {
  static final UUID ID = UUID.fromString("0f8e6a9c-3b1d-4c52-9a7e-5d2f1b6c8e40");
  static final String SUBJECT = "Entretien confirmé — mardi 3 mars, 10:00 (Zoë Ünal)";
  static final String TEXT = "Bonjour José,\nvotre entretien est confirmé : mardi 3 mars à 10:00.\n";
  static final String HTML = "<p>Bonjour José,</p><p>votre entretien est <b>confirmé</b>.</p>";
  static final String ICS = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hireloop//EN",
      "METHOD:REQUEST", "BEGIN:VEVENT", "UID:booking-42@hireloop", "SEQUENCE:0", "DTSTAMP:20260302T090000Z",
      "DTSTART:20260303T090000Z", "DTEND:20260303T094500Z", "SUMMARY:Entretien — Développeuse Java",
      "ORGANIZER;CN=Zoë Ünal:mailto:zoe@hireloop.test", "ATTENDEE;CN=José Ñúñez:mailto:jose@example.com",
      "END:VEVENT", "END:VCALENDAR", "");
  static final byte[] ICS_BYTES = ICS.getBytes(StandardCharsets.UTF_8);
  static final String ICS_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
  static final byte[] PDF_BYTES = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, 0, 1, 2};

  private Messages() {}

  static EmailMessage invitation() {
    return new EmailMessage(ID, EmailAddress.of("Zoë Ünal", Email.of("zoe@hireloop.test")),
        List.of(EmailAddress.of("José Ñúñez", Email.of("jose@example.com"))),
        Optional.of(EmailAddress.of("Équipe recrutement", Email.of("jobs@hireloop.test"))), SUBJECT, TEXT,
        Optional.of(HTML), List.of(new EmailAttachment("invite.ics", ICS_TYPE, ICS_BYTES),
            new EmailAttachment("job-description.pdf", "application/pdf", PDF_BYTES)));
  }

  static EmailMessage plain(String to) {
    return new EmailMessage(ID, new EmailAddress(Optional.empty(), Email.of("noreply@hireloop.test")),
        List.of(new EmailAddress(Optional.empty(), Email.of(to))), Optional.empty(), "Your interview", "Hello",
        Optional.empty(), List.of());
  }
}
