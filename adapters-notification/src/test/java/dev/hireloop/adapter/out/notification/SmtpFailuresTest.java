package dev.hireloop.adapter.out.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import ch.qos.logback.core.read.ListAppender;
import dev.hireloop.adapter.out.notification.SmtpSettings.Security;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.ExternalServiceException.Failure;
import dev.hireloop.port.out.notification.EmailAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Failure kinds against servers that refuse, stall or reject (see {@link ScriptedSmtpServer}). */
class SmtpFailuresTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final Duration SHORT = Duration.ofMillis(700);

  private static SmtpNotifier notifier(int port) {
    return new SmtpNotifier(SmtpSettings.of("127.0.0.1", port, Security.NONE,
            new EmailAddress(Optional.empty(), Email.of("bounces@hireloop.test")))
        .withTimeouts(SHORT, SHORT, SHORT), CLOCK);
  }

  private static ExternalServiceException failureSending(int port) {
    return catchThrowableOfType(ExternalServiceException.class,
        () -> notifier(port).send(Messages.invitation()));
  }

  @Test
  void reports_a_server_that_is_down_as_unavailable() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }

    ExternalServiceException e = failureSending(port);

    assertThat(e.code()).isEqualTo("email.unavailable");
    assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE);
    assertThat(e.getMessage()).contains("could not be reached");
  }

  @Test
  void reports_a_server_that_never_answers_as_unavailable() throws IOException {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.silent()) {
      ExternalServiceException e = failureSending(server.port());

      assertThat(e.code()).isEqualTo("email.unavailable");
      assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE);
      assertThat(e.getMessage()).contains("did not answer in time");
    }
  }

  @Test
  void reports_a_busy_server_greeting_as_unavailable() throws IOException {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.greeting("421 4.3.2 too busy, try later")) {
      ExternalServiceException e = failureSending(server.port());

      assertThat(e.code()).isEqualTo("email.unavailable");
      assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE);
      assertThat(e.getMessage()).contains("421");
    }
  }

  @Test
  void reports_a_rejected_recipient_as_a_permanent_rejection_without_naming_it() throws IOException {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.answering(
        Map.of("RCPT", "550 5.1.1 <jose@example.com>: Recipient address rejected: José Ñúñez unknown"))) {
      ExternalServiceException e = failureSending(server.port());

      assertThat(e.code()).isEqualTo("email.rejected");
      assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
      assertThat(e.getMessage()).contains("recipient", "550").doesNotContain("jose", "José");
      assertThat(e.getCause()).isNull();
    }
  }

  @Test
  void reports_a_temporarily_unavailable_mailbox_as_unavailable() throws IOException {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.answering(Map.of("RCPT", "450 4.2.1 mailbox busy"))) {
      ExternalServiceException e = failureSending(server.port());

      assertThat(e.code()).isEqualTo("email.unavailable");
      assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE);
      assertThat(e.getMessage()).contains("450");
    }
  }

  @Test
  void reports_a_rejected_sender_as_a_permanent_rejection() throws IOException {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.answering(
        Map.of("MAIL", "553 5.7.1 <bounces@hireloop.test>: Sender address rejected"))) {
      ExternalServiceException e = failureSending(server.port());

      assertThat(e.code()).isEqualTo("email.rejected");
      assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
      assertThat(e.getMessage()).contains("sender", "553").doesNotContain("bounces@");
    }
  }

  @Test
  void reports_rejected_content_as_a_permanent_rejection() throws IOException {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.answering(
        Map.of("END-OF-DATA", "554 5.7.1 message content rejected"))) {
      ExternalServiceException e = failureSending(server.port());

      assertThat(e.code()).isEqualTo("email.rejected");
      assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
      assertThat(e.getMessage()).contains("554");
    }
  }

  @Test
  void reports_a_required_login_as_an_auth_failure() throws IOException {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.answering(
        Map.of("MAIL", "530 5.7.0 Authentication required"))) {
      ExternalServiceException e = failureSending(server.port());

      assertThat(e.code()).isEqualTo("email.auth-failed");
      assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
    }
  }

  @Test
  void reports_an_untrusted_tls_certificate_as_a_permanent_tls_failure() {
    GreenMail smtps = new GreenMail(ServerSetupTest.SMTPS.dynamicPort());
    smtps.start();
    try {
      SmtpNotifier notifier = new SmtpNotifier(SmtpSettings.of(smtps.getSmtps().getBindTo(),
              smtps.getSmtps().getPort(), Security.TLS,
              new EmailAddress(Optional.empty(), Email.of("bounces@hireloop.test")))
          .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)), CLOCK);

      ExternalServiceException e = catchThrowableOfType(ExternalServiceException.class,
          () -> notifier.send(Messages.invitation()));

      // GreenMail's certificate is self-signed: the JVM's trust store rightly refuses it
      assertThat(e.code()).isEqualTo("email.tls-failed");
      assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
      assertThat(smtps.getReceivedMessages()).isEmpty();
    } finally {
      smtps.stop();
    }
  }

  @Test
  void logs_the_message_id_and_never_addresses_subjects_or_bodies() throws IOException {
    Logger logger = (Logger) LoggerFactory.getLogger(SmtpNotifier.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try (ScriptedSmtpServer server = ScriptedSmtpServer.answering(
        Map.of("RCPT", "550 5.1.1 <jose@example.com>: Recipient address rejected"))) {
      failureSending(server.port());
    } finally {
      logger.detachAppender(appender);
    }

    assertThat(appender.list).isNotEmpty().allSatisfy(event -> {
      assertThat(event.getFormattedMessage()).contains(Messages.ID.toString())
          .doesNotContain("@", "José", "Zoë", "Entretien", "Bonjour");
      assertThat(event.getThrowableProxy()).isNull();
    });
  }
}
