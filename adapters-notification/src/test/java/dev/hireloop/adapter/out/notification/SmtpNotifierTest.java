package dev.hireloop.adapter.out.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.hireloop.adapter.out.notification.SmtpSettings.Security;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.ExternalServiceException.Failure;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.EmailAttachment;
import dev.hireloop.port.out.notification.EmailMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpNotifierTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@hireloop.test", "mailer", "s3cret"))
      .withPerMethodLifecycle(true);

  private static SmtpSettings settings() {
    return SmtpSettings.of(GREEN_MAIL.getSmtp().getBindTo(), GREEN_MAIL.getSmtp().getPort(), Security.NONE,
            new EmailAddress(Optional.empty(), Email.of("bounces@hireloop.test")))
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5))
        .withLocalhost("app.hireloop.test");
  }

  private static MimeMessage onlyReceived() {
    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  @Test
  void delivers_text_html_and_the_invitation_with_encoded_names_and_subject() throws Exception {
    new SmtpNotifier(settings(), CLOCK).send(Messages.invitation());

    MimeMessage received = onlyReceived();
    assertThat(received.getHeader("Message-ID")).containsExactly("<" + Messages.ID + "@hireloop>");
    assertThat(received.getSentDate().toInstant()).isEqualTo(NOW);
    assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");

    assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?").doesNotContain("é");
    assertThat(received.getSubject()).isEqualTo(Messages.SUBJECT);
    assertThat(received.getHeader("From")[0]).contains("=?UTF-8?").contains("<zoe@hireloop.test>");
    InternetAddress from = (InternetAddress) received.getFrom()[0];
    assertThat(from.getPersonal()).isEqualTo("Zoë Ünal");
    assertThat(from.getAddress()).isEqualTo("zoe@hireloop.test");
    InternetAddress to = (InternetAddress) received.getRecipients(RecipientType.TO)[0];
    assertThat(to.getPersonal()).isEqualTo("José Ñúñez");
    assertThat(to.getAddress()).isEqualTo("jose@example.com");
    InternetAddress replyTo = (InternetAddress) received.getReplyTo()[0];
    assertThat(replyTo.getPersonal()).isEqualTo("Équipe recrutement");
    assertThat(replyTo.getAddress()).isEqualTo("jobs@hireloop.test");

    assertThat(received.getContentType()).startsWith("multipart/mixed");
    MimeMultipart mixed = (MimeMultipart) received.getContent();
    assertThat(mixed.getCount()).isEqualTo(3);

    BodyPart body = mixed.getBodyPart(0);
    assertThat(body.getContentType()).startsWith("multipart/alternative");
    MimeMultipart alternative = (MimeMultipart) body.getContent();
    assertThat(alternative.getCount()).isEqualTo(3);
    assertThat(alternative.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
    assertThat(alternative.getBodyPart(0).getContent()).isEqualTo(Messages.TEXT.replace("\n", "\r\n"));
    assertThat(alternative.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
    assertThat(alternative.getBodyPart(1).getContent()).isEqualTo(Messages.HTML);
    BodyPart inlineCalendar = alternative.getBodyPart(2);
    assertThat(inlineCalendar.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
    assertThat(inlineCalendar.getDisposition()).isNull();
    assertThat(inlineCalendar.getInputStream().readAllBytes()).isEqualTo(Messages.ICS_BYTES);

    BodyPart ics = mixed.getBodyPart(1);
    assertThat(ics.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(ics.getFileName()).isEqualTo("invite.ics");
    assertThat(ics.getContentType()).startsWith("text/calendar").contains("method=REQUEST")
        .containsIgnoringCase("charset=UTF-8");
    assertThat(ics.getInputStream().readAllBytes()).isEqualTo(Messages.ICS_BYTES);

    BodyPart pdf = mixed.getBodyPart(2);
    assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(pdf.getFileName()).isEqualTo("job-description.pdf");
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(Messages.PDF_BYTES);
  }

  @Test
  void sends_the_same_message_id_when_one_message_is_sent_twice() throws Exception {
    SmtpNotifier notifier = new SmtpNotifier(settings(), CLOCK);
    notifier.send(Messages.invitation());
    notifier.send(Messages.invitation());
    EmailMessage other = new EmailMessage(UUID.fromString("7c3f2b10-0000-4000-8000-000000000001"),
        Messages.invitation().from(), Messages.invitation().to(), Optional.empty(), "Other", "Other",
        Optional.empty(), List.of());
    notifier.send(other);

    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(3);
    assertThat(received[0].getMessageID()).isEqualTo("<" + Messages.ID + "@hireloop>");
    assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
    assertThat(received[2].getMessageID()).isEqualTo("<" + other.id() + "@hireloop>");
  }

  @Test
  void sends_only_the_html_and_text_alternatives_when_there_is_no_invitation() throws Exception {
    EmailMessage message = new EmailMessage(Messages.ID, Messages.invitation().from(), Messages.invitation().to(),
        Optional.empty(), "Rappel", "texte", Optional.of("<p>html</p>"), List.of());
    new SmtpNotifier(settings(), CLOCK).send(message);

    MimeMultipart mixed = (MimeMultipart) onlyReceived().getContent();
    assertThat(mixed.getCount()).isEqualTo(1);
    MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
    assertThat(alternative.getCount()).isEqualTo(2);
    assertThat(onlyReceived().getReplyTo()[0]).isEqualTo(onlyReceived().getFrom()[0]);
  }

  @Test
  void keeps_a_line_break_in_a_display_name_out_of_the_headers() throws Exception {
    EmailMessage message = new EmailMessage(Messages.ID,
        EmailAddress.of("Mallory\r\nBcc: victim@example.com", Email.of("mallory@hireloop.test")),
        Messages.invitation().to(), Optional.empty(), "Hi", "Hi", Optional.empty(), List.of());
    new SmtpNotifier(settings(), CLOCK).send(message);

    MimeMessage received = onlyReceived();
    assertThat(received.getHeader("Bcc")).isNull();
    // Jakarta Mail would fold the line break into a continuation line; we keep the name on one line instead
    assertThat(received.getHeader("From")[0]).doesNotContain("\r", "\n");
    assertThat(GREEN_MAIL.getReceivedMessagesForDomain("example.com"))
        .allSatisfy(m -> assertThat(m.getAllRecipients()).extracting(Object::toString)
            .noneMatch(address -> address.contains("victim")));
    assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Mallory Bcc: victim@example.com");
  }

  @Test
  void logs_in_with_the_configured_username_and_password() throws Exception {
    new SmtpNotifier(settings().withLogin("mailer", "s3cret"), CLOCK).send(Messages.plain("jose@example.com"));

    assertThat(onlyReceived().getMessageID()).isEqualTo("<" + Messages.ID + "@hireloop>");
  }

  @Test
  void reports_a_wrong_password_as_a_permanent_auth_failure() {
    SmtpNotifier notifier = new SmtpNotifier(settings().withLogin("mailer", "wrong"), CLOCK);

    assertThatThrownBy(() -> notifier.send(Messages.plain("jose@example.com")))
        .isInstanceOfSatisfying(ExternalServiceException.class, e -> {
          assertThat(e.code()).isEqualTo("email.auth-failed");
          assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
          assertThat(e.getMessage()).doesNotContain("s3cret", "wrong", "mailer");
        });
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void refuses_to_send_in_clear_when_starttls_is_required_and_not_offered() {
    SmtpSettings starttls = new SmtpSettings(settings().host(), settings().port(), Optional.of("mailer"),
        Optional.of("s3cret"), Security.STARTTLS, Duration.ofSeconds(5), Duration.ofSeconds(5),
        Duration.ofSeconds(5), settings().from(), Optional.empty());
    SmtpNotifier notifier = new SmtpNotifier(starttls, CLOCK);

    assertThatThrownBy(() -> notifier.send(Messages.plain("jose@example.com")))
        .isInstanceOfSatisfying(ExternalServiceException.class, e -> {
          assertThat(e.code()).isEqualTo("email.tls-unavailable");
          assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
          assertThat(e.getMessage()).contains("STARTTLS");
        });
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void refuses_an_attachment_whose_content_type_is_not_a_mime_type_before_connecting() {
    EmailMessage message = new EmailMessage(Messages.ID, Messages.invitation().from(), Messages.invitation().to(),
        Optional.empty(), "Hi", "Hi", Optional.empty(),
        List.of(new EmailAttachment("notes.txt", "plain text please", new byte[] {'x'})));

    assertThatThrownBy(() -> new SmtpNotifier(settings(), CLOCK).send(message))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("attachment.content-type-invalid"));
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void is_named_smtp_and_does_not_show_the_password() {
    SmtpNotifier notifier = new SmtpNotifier(settings().withLogin("mailer", "s3cret"), CLOCK);

    assertThat(notifier.name()).isEqualTo("smtp");
    assertThat(notifier.toString()).doesNotContain("s3cret");
  }
}
